package vn.lantoa.platform.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/**
 * The domain meters, docs/metrics.md and the Grafana dashboard agree: every {@code lantoa.*}
 * meter the application registers at start is documented with its tags and drawn on the
 * dashboard, and every meter the page or the dashboard names exists.
 */
@LanToaIntegrationTest
class DomainMetricsTests {

    static final Path METRICS_MD = Path.of("docs", "metrics.md");
    static final Path DASHBOARD = Path.of("docs", "grafana-lantoa.json");
    /** A table row of metrics.md: | `name` | type | tags | … */
    static final Pattern ROW =
            Pattern.compile("^\\| `(lantoa\\.[a-z.]+)` \\| ([^|]+) \\| ([^|]+) \\|", Pattern.MULTILINE);

    static final Pattern SERIES = Pattern.compile("\\blantoa_[a-z_]+");

    @Autowired
    MeterRegistry registry;

    @LocalServerPort
    int port;

    /** The lantoa.* meters by name, with their tag keys. */
    Map<String, Set<String>> registered() {
        Map<String, Set<String>> meters = new TreeMap<>();
        for (Meter meter : registry.getMeters()) {
            String name = meter.getId().getName();
            if (name.startsWith("lantoa.")) {
                meters.computeIfAbsent(name, n -> new TreeSet<>())
                        .addAll(meter.getId().getTags().stream()
                                .map(t -> t.getKey())
                                .toList());
            }
        }
        return meters;
    }

    /** The documented meters by name, with the tag keys of their row. */
    static Map<String, Set<String>> documented() throws IOException {
        Map<String, Set<String>> meters = new TreeMap<>();
        Matcher m = ROW.matcher(Files.readString(METRICS_MD));
        while (m.find()) {
            String tags = m.group(3).strip();
            meters.put(
                    m.group(1),
                    tags.equals("—")
                            ? Set.of()
                            : Arrays.stream(tags.split(","))
                                    .map(t -> t.strip().replace("`", ""))
                                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        return meters;
    }

    /** Every Prometheus series the dashboard's queries read. */
    static Set<String> dashboardSeries() throws IOException {
        JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
        Set<String> series = new TreeSet<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.path("targets")) {
                Matcher m = SERIES.matcher(target.path("expr").asString());
                while (m.find()) {
                    series.add(m.group());
                }
            }
        }
        return series;
    }

    /** The series names of the application's own Prometheus scrape. */
    Set<String> scraped() {
        HttpResponse<String> scrape = new Browser(port).get("/actuator/prometheus", "text/plain");
        assertThat(scrape.statusCode()).isEqualTo(200);
        return scrape.body()
                .lines()
                .filter(l -> l.startsWith("lantoa_"))
                .map(l -> l.split("[{ ]", 2)[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyRegisteredMeterIsDocumentedWithItsTagsAndEveryDocumentedMeterExists() throws IOException {
        Map<String, Set<String>> registered = registered();
        assertThat(registered).hasSizeGreaterThanOrEqualTo(11);
        assertThat(documented()).isEqualTo(registered);
    }

    @Test
    void everySeriesOnTheDashboardIsScrapedAndEveryMeterIsOnTheDashboard() throws IOException {
        Set<String> scraped = scraped();
        Set<String> onDashboard = dashboardSeries();
        assertThat(onDashboard).isNotEmpty();
        assertThat(scraped).as("series the application exposes").containsAll(onDashboard);
        for (String meter : registered().keySet()) {
            String prefix = meter.replace('.', '_');
            assertThat(onDashboard)
                    .as("the dashboard draws " + meter)
                    .anyMatch(s -> s.equals(prefix + "_total") || s.startsWith(prefix + "_"));
        }
    }

    @Test
    void noTagOfADomainMeterNamesAPersonAUnitOrALink() {
        Set<String> allowed = Set.of("kind", "outcome", "caught_by", "category", "placement", "channel", "result");
        registered().forEach((name, tags) -> assertThat(allowed).as(name).containsAll(tags));
        for (Meter meter : registry.getMeters()) {
            if (meter.getId().getName().startsWith("lantoa.")) {
                meter.getId()
                        .getTags()
                        .forEach(t -> assertThat(t.getValue())
                                .as(meter.getId().toString())
                                .matches("[a-z_]{2,20}"));
            }
        }
    }
}
