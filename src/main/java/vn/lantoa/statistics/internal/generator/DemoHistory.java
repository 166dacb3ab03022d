package vn.lantoa.statistics.internal.generator;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.DemoDataContributor;
import vn.lantoa.platform.Zone;

/**
 * The demo's last part: two years of generated history over the demo's own units and members
 * (campaigns, directives with acknowledgements, about ten thousand shares and rebuttals, reports
 * with their outcomes), so the dashboard, the trends and the yearly report look like a programme
 * that has run for two years. Dated relative to the clock, ending where the current week starts, so
 * what the demo logs "this week" stays what the other modules' demo data wrote.
 */
@Component
class DemoHistory implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final ProvinceGenerator generator;
    private final JdbcClient jdbc;
    private final Clock clock;

    DemoHistory(ProvinceGenerator generator, JdbcClient jdbc, Clock clock) {
        this.generator = generator;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 1000;
    }

    /** Two years up to the start of the week of {@code now}: 10,245 actions, 24 campaigns, 300 reports. */
    static GeneratorOptions options(Instant now) {
        Instant end = LocalDate.ofInstant(now, Zone.VIETNAM)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .atStartOfDay(Zone.VIETNAM)
                .toInstant();
        return new GeneratorOptions(2024, 1, 1, 1, 10_245, 300, 730, 12, 12, false, false, end);
    }

    @Override
    public void contribute(DemoContext context) {
        long started = System.nanoTime();
        Structure structure = demoStructure(context.get("unit.root", Long.class));
        if (structure.members() == 0) {
            return;
        }
        GenerationResult result = generator.history(options(clock.instant()), structure);
        log.info(
                "Demo history: {} actions, {} campaigns, {} reports in {} ms",
                result.actions(),
                result.campaigns(),
                result.reports(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The demo's tree under its root; the root's children stand for both branch and commune. */
    private Structure demoStructure(long root) {
        record Unit(long id, String path) {}
        List<Unit> units = jdbc.sql("SELECT id, path FROM org_unit WHERE path LIKE ? ORDER BY length(path), id")
                .param("/" + root + "/%")
                .query((rs, n) -> new Unit(rs.getLong(1), rs.getString(2)))
                .list();
        Map<Long, Integer> index = new HashMap<>();
        long[] ids = new long[units.size()];
        int[] branch = new int[units.size()];
        List<Integer> communes = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            ids[i] = units.get(i).id();
            index.put(ids[i], i);
            String[] parts = units.get(i).path().split("/");
            // "/root/child/…" splits into "", root, child, …
            branch[i] = parts.length > 2 ? index.get(Long.parseLong(parts[2])) : -1;
            if (parts.length == 3) {
                communes.add(i);
            }
        }
        record Member(long id, long unit) {}
        List<Member> members = jdbc.sql(
                        "SELECT id, unit_id FROM org_member WHERE status = 'ACTIVE' AND unit_id = ANY (?)"
                                + " ORDER BY id")
                .param(ids)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getLong(2)))
                .list();
        return new Structure(
                ids,
                branch,
                branch.clone(),
                communes.stream().mapToInt(Integer::intValue).toArray(),
                members.stream().mapToLong(Member::id).toArray(),
                members.stream().mapToInt(m -> index.get(m.unit())).toArray(),
                new long[0]);
    }
}
