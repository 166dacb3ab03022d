package vn.lantoa.links.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The active official domains, cached in memory. A change on this node reloads after its commit;
 * a change made on another node is seen within {@code lantoa.links.registry-refresh} (default
 * 30 s): the first check after that interval compares a cheap version stamp and reloads if needed.
 */
@Component
public class SourceRegistry {

    private record Snapshot(OfficialDomains domains, String version, long checkedAt) {}

    private final SourceRepository repository;
    private final long refreshNanos;
    private final AtomicBoolean checking = new AtomicBoolean();
    private volatile Snapshot snapshot;

    SourceRegistry(SourceRepository repository, @Value("${lantoa.links.registry-refresh:30s}") Duration refresh) {
        this.repository = repository;
        this.refreshNanos = refresh.toNanos();
    }

    public OfficialDomains current() {
        Snapshot s = snapshot;
        if (s == null) {
            return reload();
        }
        if (System.nanoTime() - s.checkedAt() > refreshNanos && checking.compareAndSet(false, true)) {
            try {
                String version = repository.version();
                snapshot = version.equals(s.version())
                        ? new Snapshot(s.domains(), version, System.nanoTime())
                        : load(version);
            } finally {
                checking.set(false);
            }
        }
        return snapshot.domains();
    }

    @TransactionalEventListener
    void on(SourcesChanged event) {
        reload();
    }

    public synchronized OfficialDomains reload() {
        snapshot = load(repository.version());
        return snapshot.domains();
    }

    private Snapshot load(String version) {
        Map<String, String> byDomain = new HashMap<>();
        for (SourceRow row : repository.findAll()) {
            if (row.active()) {
                row.domains().forEach(d -> byDomain.put(d, row.name()));
            }
        }
        return new Snapshot(new OfficialDomains(byDomain), version, System.nanoTime());
    }
}
