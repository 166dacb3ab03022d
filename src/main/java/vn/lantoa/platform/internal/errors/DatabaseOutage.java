package vn.lantoa.platform.internal.errors;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** Whether a failure means the database cannot be reached (as opposed to a bug or bad data). */
final class DatabaseOutage {

    private DatabaseOutage() {}

    static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof CannotGetJdbcConnectionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException
                    || (t instanceof SQLException sql && unreachable(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the pool gave up waiting for a free connection while the database answered: a pool
     * timeout with no connection failure behind it (Hikari attaches the last one when it could not
     * connect). The answer is the same 503, but the operator's remedy is another (pool size, load).
     */
    static boolean poolBusy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException) {
                return t.getCause() == null;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and 57P01..57P03 (server shut down, crashed, starting). */
    private static boolean unreachable(String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
