package vn.lantoa.visits.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
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
import vn.lantoa.visits.internal.VisitQueries;

/**
 * The visits' part of the back office: the visits report for admins, with today's visits against
 * yesterday's; for the newsroom the most read article this week (from Monday) against the same
 * article last week. Visits are counted per site, not per unit.
 */
@Component
@Order(40)
class VisitsBackOffice implements BackOffice.Contributor {

    private final VisitQueries queries;
    private final JdbcClient jdbc;
    private final Clock clock;

    VisitsBackOffice(VisitQueries queries, JdbcClient jdbc, Clock clock) {
        this.queries = queries;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<BackOffice.MenuEntry> menu(CurrentUser user) {
        return user.isAdmin()
                ? List.of(new BackOffice.MenuEntry(Section.STATISTICS, "visits.menu.report", VisitsRoutes.ADMIN, 20))
                : List.of();
    }

    @Override
    public List<Tile> tiles(CurrentUser user) {
        boolean newsroom = user.isAdmin() || user.has(Role.EDITOR) || user.has(Role.REVIEWER);
        if (!newsroom) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(Zone.VIETNAM));
        List<Tile> tiles = new ArrayList<>();
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<VisitQueries.PageViews> top = queries.topPages(VisitsRoutes.ARTICLE_PREFIX, monday, today, 1);
        if (!top.isEmpty()) {
            VisitQueries.PageViews page = top.getFirst();
            long lastWeek = jdbc.sql(
                            "SELECT coalesce(sum(views), 0) FROM visits_page_day WHERE path = ? AND day BETWEEN ? AND ?")
                    .params(page.path(), monday.minusWeeks(1), monday.minusDays(1))
                    .query(Long.class)
                    .single();
            tiles.add(Tile.count(
                    Section.NEWS,
                    "visits.tile.mostRead",
                    page.views(),
                    lastWeek,
                    "visits.tile.mostRead.detail",
                    List.of(page.path()),
                    page.path(),
                    Tone.NEUTRAL,
                    50));
        }
        if (user.isAdmin()) {
            List<VisitQueries.DailyRow> days = queries.daily(today.minusDays(1), today);
            tiles.add(Tile.count(
                    Section.STATISTICS,
                    "visits.tile.today",
                    days.get(1).visits(),
                    days.get(0).visits(),
                    "visits.tile.today.detail",
                    List.of(days.get(1).pageViews()),
                    VisitsRoutes.ADMIN,
                    Tone.NEUTRAL,
                    50));
        }
        return tiles;
    }
}
