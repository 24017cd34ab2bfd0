package io.claimflow.store.repository;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Locale;
import java.util.Set;

/**
 * Tells a database failure that passes (the server is away, overloaded, restarting, a deadlock) from one that a retry
 * cannot fix (the data is wrong). Only the second may send a record to a dead-letter topic.
 */
public final class DatabaseFailures {

    /** SQLSTATE classes and codes that describe the server or the connection, not the statement. */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "53", "57");

    private static final Set<String> TRANSIENT_CODES = Set.of("40001", "40P01", "55P03");

    private DatabaseFailures() {}

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransient(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransient(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            // The connection pool (Agroal) reports that no connection could be had without a SQLSTATE.
            return String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        return TRANSIENT_CODES.contains(state)
                || (state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2)));
    }
}
