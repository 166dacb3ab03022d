package vn.lantoa.platform.internal.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** A pool that gave up waiting is told apart from a database that cannot be reached; both answer 503. */
class DatabaseOutageKindsTests {

    @Test
    void aPoolTimeoutWithNoConnectionFailureIsABusyPool() {
        var busy = new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLTransientConnectionException(
                        "lantoa - Connection is not available, request timed out after 1500ms (total=20, active=20)"));

        assertThat(DatabaseOutage.causedBy(busy)).isTrue();
        assertThat(DatabaseOutage.poolBusy(busy)).isTrue();
    }

    @Test
    void aPoolTimeoutBehindAConnectionFailureIsAnOutage() {
        var down = new CannotGetJdbcConnectionException(
                "Failed to obtain JDBC Connection",
                new SQLTransientConnectionException(
                        "lantoa - Connection is not available, request timed out after 1500ms (total=0, active=0)",
                        new ConnectException("Connection refused")));

        assertThat(DatabaseOutage.causedBy(down)).isTrue();
        assertThat(DatabaseOutage.poolBusy(down)).isFalse();
        assertThat(DatabaseOutage.poolBusy(new IllegalStateException("a bug"))).isFalse();
    }
}
