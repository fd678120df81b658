package com.customerhealth.platform;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What a failure to store (events, scores) says about trying again. Only two kinds are worth another attempt:
 * the store being out of reach (the whole request is answered 503, to be sent again later) and a
 * conflict with a concurrent delivery, a deadlock or a key taken at the same moment, which the same
 * work resolves when tried again. Anything else would fail the same way every time.
 */
public final class StoreFailures {

    /** MariaDB's and MySQL's error codes of a duplicate key, a deadlock and a lock wait timeout. */
    private static final Set<Integer> MARIADB_CONFLICTS = Set.of(1062, 1213, 1205);

    private StoreFailures() {
    }

    /**
     * Connection failures (SQL state class 08, PostgreSQL's operator intervention 57P, or the server's pool
     * unable to allocate a connection) say the database is away, not that this batch conflicts with another.
     */
    public static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                            && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))
                    || cause.getMessage() != null && cause.getMessage().contains("Error in allocating a connection")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A key taken: by a concurrent delivery of the same thing, which trying again resolves, or, when it
     * stays, by a value the database takes for one already there (a table whose collation holds {@code T1}
     * and {@code t1} equal, such as one a vendor altered), which no attempt resolves.
     */
    public static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EntityExistsException) {
                return true;
            }
            if (cause instanceof SQLException sql && ("23505".equals(sql.getSQLState())
                    || sql.getErrorCode() == 1062 && sql.getSQLState() != null && sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A conflict with concurrent work: SQL state class 40 (serialization failure, deadlock), a unique key
     * taken meanwhile (23505, MariaDB's 1062), a lock not had in time (PostgreSQL's 55P03, H2's HYT00,
     * MariaDB's 1205), or the persistence provider's word for the same.
     */
    public static boolean isConflict(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException || cause instanceof EntityExistsException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState() == null ? "" : sql.getSQLState();
                if (state.startsWith("40") || state.equals("23505") || state.equals("55P03") || state.equals("HYT00")
                        || MARIADB_CONFLICTS.contains(sql.getErrorCode()) && (state.startsWith("23")
                                || state.startsWith("HY") || state.startsWith("40"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Waits a little before attempt {@code attempt} + 1 of work that conflicted, longer each time, at random so two retries part. */
    public static void pauseAfter(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to try again", e);
        }
    }
}
