package com.customerhealth.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoreFailuresTest {

    @ParameterizedTest(name = "SQL state {0}, code {1}: unreachable {2}, conflict {3}")
    @CsvSource({
            "08001, 0, true, false",
            "08006, 0, true, false",
            "57P01, 0, true, false",
            "40001, 0, false, true",
            "40P01, 0, false, true",
            "23505, 0, false, true",
            "55P03, 0, false, true",
            "HYT00, 0, false, true",
            "23000, 1062, false, true",
            "40001, 1213, false, true",
            "HY000, 1205, false, true",
            "22021, 0, false, false",
            "22001, 0, false, false",
            "22P05, 0, false, false",
            "23502, 0, false, false",
            "22001, 1406, false, false",
            "HY000, 1366, false, false"})
    void theSqlStateSaysWhetherTryingAgainHelps(String sqlState, int code, boolean unreachable, boolean conflict) {
        RuntimeException failure = new IllegalStateException("commit failed",
                new SQLException("database said no", sqlState, code));

        assertEquals(unreachable, StoreFailures.isUnreachable(failure));
        assertEquals(conflict, StoreFailures.isConflict(failure));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "'Error in allocating a connection. Cause: Connection refused', true",
            "'duplicate key value violates unique constraint', false"})
    void aPoolUnableToConnectMakesTheStoreUnavailable(String message, boolean unreachable) {
        assertEquals(unreachable, StoreFailures.isUnreachable(new RuntimeException(new SQLException(message))));
    }

    @Test
    void transientConnectionFailuresMakeTheStoreUnavailable() {
        assertEquals(true, StoreFailures.isUnreachable(new SQLTransientConnectionException("refused")));
    }

    @ParameterizedTest(name = "SQL state {0}, code {1}: duplicate key {2}")
    @CsvSource({"23505, 0, true", "23000, 1062, true", "40001, 1213, false", "40P01, 0, false", "23502, 0, false"})
    void aTakenKeyIsToldApartFromOtherConflicts(String sqlState, int code, boolean duplicate) {
        assertEquals(duplicate, StoreFailures.isDuplicateKey(new IllegalStateException(
                new SQLException("database said no", sqlState, code))));
    }

    @Test
    void theProvidersWordForAConflictIsOne() {
        assertEquals(true, StoreFailures.isConflict(new PersistenceException(new OptimisticLockException("stale"))));
        assertEquals(false, StoreFailures.isConflict(new PersistenceException("invalid byte sequence")));
    }
}
