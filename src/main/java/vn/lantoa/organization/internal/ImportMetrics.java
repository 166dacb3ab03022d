package vn.lantoa.organization.internal;

import static vn.lantoa.platform.DomainMeters.afterCommit;
import static vn.lantoa.platform.DomainMeters.tag;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The spreadsheet imports' meters (docs/metrics.md): rows imported or refused, and imports done or
 * failed, for members and units. An import is all or nothing, so a refused row fails its import.
 * Tags are the kind and outcome only, never a unit or user.
 */
@Component
public class ImportMetrics {

    public static final String ROWS = "lantoa.organization.import.rows";
    public static final String IMPORTS = "lantoa.organization.imports";

    /** What was imported. */
    enum Kind {
        MEMBER,
        UNIT
    }

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    ImportMetrics(MeterRegistry registry) {
        for (Kind kind : Kind.values()) {
            for (String outcome : List.of("imported", "refused")) {
                counters.put(
                        ROWS + kind + outcome,
                        Counter.builder(ROWS)
                                .description("Spreadsheet rows imported, or refused with a reason")
                                .tag("kind", tag(kind))
                                .tag("outcome", outcome)
                                .register(registry));
            }
            for (String outcome : List.of("done", "failed")) {
                counters.put(
                        IMPORTS + kind + outcome,
                        Counter.builder(IMPORTS)
                                .description("Spreadsheet imports, done or failed (bad rows or an error)")
                                .tag("kind", tag(kind))
                                .tag("outcome", outcome)
                                .register(registry));
            }
        }
    }

    /** An import that wrote its rows; counted once its transaction has committed. */
    void done(Kind kind, int rows) {
        afterCommit(() -> {
            counters.get(ROWS + kind + "imported").increment(rows);
            counters.get(IMPORTS + kind + "done").increment();
        });
    }

    /** An import refused for these errors (its bad rows are counted), or failed by an error (none). */
    void failed(Kind kind, List<ImportError> errors) {
        long badRows = errors.stream()
                .mapToInt(ImportError::row)
                .filter(row -> row > 0)
                .distinct()
                .count();
        counters.get(ROWS + kind + "refused").increment(badRows);
        counters.get(IMPORTS + kind + "failed").increment();
    }
}
