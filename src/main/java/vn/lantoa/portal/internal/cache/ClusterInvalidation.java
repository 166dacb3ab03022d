package vn.lantoa.portal.internal.cache;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the page caches of all app processes in step: a change clears this node's cache at once
 * and sends {@code NOTIFY lantoa_portal_cache}; every node listens on a connection of its own
 * (one thread) and clears its cache when another node's message arrives. After the listening
 * connection was lost it clears the cache too, since messages may have been missed.
 */
@Component
public class ClusterInvalidation implements SmartLifecycle {

    static final String CHANNEL = "lantoa_portal_cache";
    private static final Logger log = LoggerFactory.getLogger(ClusterInvalidation.class);

    private final PageCache cache;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final List<Follower> followers;
    private final String nodeId = UUID.randomUUID().toString();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread thread;

    ClusterInvalidation(PageCache cache, DataSource dataSource, JdbcClient jdbc, List<Follower> followers) {
        this.cache = cache;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.followers = List.copyOf(followers);
    }

    /**
     * What must be current before a page is rendered again after another node's change (the search
     * index): told just before the page cache is cleared for it.
     */
    public interface Follower {
        void beforeRemoteClear();
    }

    /** Clears this node's pages now and tells the other nodes. */
    public void invalidateEverywhere() {
        cache.clear();
        try {
            jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, nodeId).query().singleRow();
        } catch (RuntimeException e) {
            log.warn("Could not notify the other nodes of a page cache change: {}", e.getMessage());
        }
    }

    public String nodeId() {
        return nodeId;
    }

    /** True once the listening connection is up (tests wait for it). */
    public boolean listening() {
        return listening;
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("portal-cache-listener").start(this::listen);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection pg = connection.unwrap(PGConnection.class);
                cache.clear();
                listening = true;
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications == null) {
                        continue;
                    }
                    for (PGNotification n : notifications) {
                        if (!nodeId.equals(n.getParameter())) {
                            remoteClear();
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    log.warn("Page cache listener lost its connection, retrying: {}", e.getMessage());
                    pause();
                }
            }
        }
        listening = false;
    }

    private void remoteClear() {
        for (Follower follower : followers) {
            try {
                follower.beforeRemoteClear();
            } catch (RuntimeException e) {
                log.warn("Could not bring {} up to date before clearing the page cache: {}", follower, e.getMessage());
            }
        }
        cache.clear();
    }

    private void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
