package com.customerhealth.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventProcessingTest {

    @ParameterizedTest(name = "SQL state {0}: store unreachable {1}")
    @CsvSource({
            "08001, true",
            "08006, true",
            "57P01, true",
            "40001, false",
            "40P01, false",
            "23505, false"})
    void onlyConnectionFailuresMakeTheStoreUnavailable(String sqlState, boolean unreachable) {
        RuntimeException failure = new IllegalStateException("commit failed",
                new SQLException("database said no", sqlState));

        assertEquals(unreachable, EventProcessing.isStoreUnreachable(failure));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "'Error in allocating a connection. Cause: Connection refused', true",
            "'duplicate key value violates unique constraint', false"})
    void aPoolUnableToConnectMakesTheStoreUnavailable(String message, boolean unreachable) {
        assertEquals(unreachable, EventProcessing.isStoreUnreachable(new RuntimeException(new SQLException(message))));
    }

    @ParameterizedTest(name = "transient connection failure")
    @CsvSource("refused")
    void transientConnectionFailuresMakeTheStoreUnavailable(String message) {
        assertEquals(true, EventProcessing.isStoreUnreachable(new SQLTransientConnectionException(message)));
    }
}
