package vn.lantoa.portal.internal.cache;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * The page cache's meters (docs/metrics.md): anonymous requests for a cacheable public page
 * answered from the cache (a 304 included) or rendered. The only tag is the result, never a path.
 */
@Component
public class PageCacheMetrics {

    public static final String REQUESTS = "lantoa.portal.page.cache.requests";

    private final Counter hits;
    private final Counter misses;

    PageCacheMetrics(MeterRegistry registry) {
        this.hits = counter(registry, "hit");
        this.misses = counter(registry, "miss");
    }

    void hit() {
        hits.increment();
    }

    void miss() {
        misses.increment();
    }

    private static Counter counter(MeterRegistry registry, String result) {
        return Counter.builder(REQUESTS)
                .description("Cacheable public page requests answered from the page cache (hit) or rendered (miss)")
                .tag("result", result)
                .register(registry);
    }
}
