package vn.lantoa.reports.internal;

import static vn.lantoa.platform.DomainMeters.afterCommit;
import static vn.lantoa.platform.DomainMeters.tag;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The reports module's meters (docs/metrics.md): reports filed by category and by how they were
 * clustered (so duplicates caught), cases settled by a published answer, the latency of matching a
 * text against the claims on file and the rebuilds of the matcher. Tags are fixed small sets
 * (categories come from {@code reports/categories.txt}), never a case, reporter or link.
 */
@Component
public class ReportsMetrics {

    public static final String FILED = "lantoa.reports.filed";
    public static final String SETTLED = "lantoa.reports.cases.settled";
    public static final String CLAIM_MATCH = "lantoa.reports.claim.match";
    public static final String REBUILDS = "lantoa.reports.claim.matcher.rebuilds";

    /** Where a new report went: a new case, a case with the same link, or suggested for a near-duplicate's case. */
    public enum Placement {
        NEW_CASE,
        SAME_LINK,
        NEAR_DUPLICATE
    }

    /** How the matcher followed the claims table: new claims appended, or built again from every claim. */
    public enum Rebuild {
        INCREMENTAL,
        FULL
    }

    private final MeterRegistry registry;
    private final Map<String, Counter> filed = new ConcurrentHashMap<>();
    private final Map<String, Counter> settled = new ConcurrentHashMap<>();
    private final Map<Rebuild, Counter> rebuilds = new ConcurrentHashMap<>();
    private final Timer claimMatch;

    public ReportsMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (String outcome : List.of("refuted", "accurate")) {
            settled.put(
                    outcome,
                    Counter.builder(SETTLED)
                            .description("Cases settled by a published article, by outcome")
                            .tag("outcome", outcome)
                            .register(registry));
        }
        for (Rebuild kind : Rebuild.values()) {
            rebuilds.put(
                    kind,
                    Counter.builder(REBUILDS)
                            .description("Times the in-memory claim matcher followed a change of the claims")
                            .tag("kind", tag(kind))
                            .register(registry));
        }
        this.claimMatch = Timer.builder(CLAIM_MATCH)
                .description("Time to match a text against the claims on file")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }

    /** Registers the counters of every category at start (a dashboard shows zero, not nothing). */
    public void categories(List<String> categories) {
        for (String category : categories) {
            for (Placement placement : Placement.values()) {
                filedCounter(category, placement);
            }
        }
    }

    /** A report stored; counted once its transaction has committed. */
    public void filed(String category, Placement placement) {
        Counter counter = filedCounter(category, placement);
        afterCommit(counter::increment);
    }

    /** A case that a published article settled; counted once its transaction has committed. */
    public void settled(boolean accurate) {
        Counter counter = settled.get(accurate ? "accurate" : "refuted");
        afterCommit(counter::increment);
    }

    public Timer claimMatch() {
        return claimMatch;
    }

    public void rebuilt(Rebuild kind) {
        rebuilds.get(kind).increment();
    }

    private Counter filedCounter(String category, Placement placement) {
        return filed.computeIfAbsent(
                category + "|" + placement,
                k -> Counter.builder(FILED)
                        .description(
                                "Reports filed (form, member area, API), by category and where they were clustered")
                        .tag("category", category)
                        .tag("placement", tag(placement))
                        .register(registry));
    }
}
