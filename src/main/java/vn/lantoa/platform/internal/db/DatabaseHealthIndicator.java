package vn.lantoa.platform.internal.db;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The database part of {@code /actuator/health}, in place of Boot's (which waits as long as the
 * pool does for a connection): DOWN when no valid connection comes within {@code
 * lantoa.database.health-timeout} (1 s), so a load balancer takes the node out quickly during an
 * outage and back in once the database answers again.
 */
@Component("dbHealthIndicator")
class DatabaseHealthIndicator implements HealthIndicator {

    private final DataSource dataSource;
    private final Duration timeout;

    DatabaseHealthIndicator(DataSource dataSource, @Value("${lantoa.database.health-timeout:1s}") Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        int seconds = (int) Math.max(1, timeout.toSeconds());
        CompletableFuture<Boolean> check = new CompletableFuture<>();
        // a virtual thread, so a check left waiting on the pool costs nothing while we answer DOWN
        Thread.ofVirtual().name("db-health").start(() -> {
            try (Connection c = dataSource.getConnection()) {
                check.complete(c.isValid(seconds));
            } catch (Exception e) {
                check.completeExceptionally(e);
            }
        });
        try {
            return check.get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    ? Health.up().withDetail("database", "PostgreSQL").build()
                    : Health.down().withDetail("reason", "connection not valid").build();
        } catch (TimeoutException e) {
            return Health.down()
                    .withDetail("reason", "no connection within " + timeout)
                    .build();
        } catch (ExecutionException e) {
            return Health.down(e.getCause()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down(e).build();
        }
    }
}
