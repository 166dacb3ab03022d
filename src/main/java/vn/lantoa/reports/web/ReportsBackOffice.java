package vn.lantoa.reports.web;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.Zone;
import vn.lantoa.platform.web.BackOffice;
import vn.lantoa.platform.web.BackOffice.Section;
import vn.lantoa.platform.web.BackOffice.Tile;
import vn.lantoa.platform.web.BackOffice.Tone;
import vn.lantoa.reports.internal.TriageAccess;
import vn.lantoa.reports.internal.TriageScope;

/**
 * The reports' part of the back office: the triage queue in the menu; for handlers the open cases
 * by due time, the overdue ones and today's new reports from the public, all within the triage's
 * scope ({@link TriageScope}: a handler's unit subtree, the public's reports only for a province-wide handler).
 */
@Component
@Order(30)
class ReportsBackOffice implements BackOffice.Contributor {

    private static final Duration DUE_SOON = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final TriageAccess access;
    private final Clock clock;

    ReportsBackOffice(JdbcClient jdbc, TriageAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    private static boolean handler(CurrentUser user) {
        return user.isAdmin() || user.has(Role.HANDLER);
    }

    @Override
    public List<BackOffice.MenuEntry> menu(CurrentUser user) {
        return handler(user)
                ? List.of(new BackOffice.MenuEntry(Section.REPORTS, "reports.triage.link", ReportsRoutes.QUEUE, 10))
                : List.of();
    }

    @Override
    public List<Tile> tiles(CurrentUser user) {
        if (!handler(user)) {
            return List.of();
        }
        TriageScope scope = access.scope(user);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        Map<String, Object> params = new HashMap<>(scope.params());
        params.put("now", now);
        params.put("soon", now.plus(DUE_SOON));
        long[] open = jdbc.sql("""
                        SELECT count(*),
                               count(*) FILTER (WHERE c.due_at < :now),
                               count(*) FILTER (WHERE c.due_at >= :now AND c.due_at < :soon),
                               count(*) FILTER (WHERE c.due_at IS NULL)
                          FROM rpt_cluster c
                         WHERE c.status IN ('NEW', 'IN_VERIFICATION')""" + " AND " + scope.condition())
                .params(params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)})
                .single();
        String queue = ReportsRoutes.QUEUE;
        List<Tile> tiles = new java.util.ArrayList<>(List.of(
                Tile.count(
                        Section.REPORTS,
                        "reports.tile.open",
                        open[0],
                        null,
                        "reports.tile.open.detail",
                        List.of(open[2], open[3]),
                        queue,
                        Tone.NEUTRAL,
                        10),
                Tile.count(
                        Section.REPORTS,
                        "reports.tile.overdue",
                        open[1],
                        null,
                        "reports.tile.overdue.detail",
                        List.of(),
                        queue,
                        open[1] > 0 ? Tone.DANGER : Tone.GOOD,
                        20)));
        if (scope.publicReports()) {
            LocalDate today = LocalDate.ofInstant(now.toInstant(), Zone.VIETNAM);
            OffsetDateTime midnight = today.atStartOfDay(Zone.VIETNAM).toOffsetDateTime();
            long[] fromPublic = jdbc.sql("""
                            SELECT count(*) FILTER (WHERE created_at >= :today),
                                   count(*) FILTER (WHERE created_at < :today)
                              FROM rpt_report
                             WHERE unit_id IS NULL AND created_at >= :yesterday AND created_at < :now""")
                    .param("today", midnight)
                    .param("yesterday", midnight.minusDays(1))
                    .param("now", now)
                    .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                    .single();
            tiles.add(Tile.count(
                    Section.REPORTS,
                    "reports.tile.publicToday",
                    fromPublic[0],
                    fromPublic[1],
                    "reports.tile.publicToday.detail",
                    List.of(),
                    queue + "?trang-thai=NEW",
                    Tone.NEUTRAL,
                    30));
        }
        return tiles;
    }
}
