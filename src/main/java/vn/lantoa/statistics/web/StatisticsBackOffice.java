package vn.lantoa.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Zone;
import vn.lantoa.platform.web.BackOffice;
import vn.lantoa.platform.web.BackOffice.MenuEntry;
import vn.lantoa.platform.web.BackOffice.Section;
import vn.lantoa.platform.web.BackOffice.Tile;
import vn.lantoa.platform.web.BackOffice.Tone;
import vn.lantoa.statistics.internal.Period;
import vn.lantoa.statistics.internal.PeriodKind;
import vn.lantoa.statistics.internal.StatisticsQueries;
import vn.lantoa.statistics.internal.UnitFigures.Totals;

/**
 * The statistics' part of the back office: the menu entries, and the tiles of the user's home
 * unit (their scope unit, the first root for admins): active members this week and this month,
 * shares and rebuttals this month against last month, and units with no activity this month.
 */
@Component
class StatisticsBackOffice implements BackOffice.Contributor {

    private final StatisticsQueries queries;
    private final Clock clock;

    StatisticsBackOffice(StatisticsQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public List<MenuEntry> menu(CurrentUser user) {
        if (!allowed(user)) {
            return List.of();
        }
        return List.of(
                new MenuEntry(Section.STATISTICS, "statistics.menu", StatisticsRoutes.STATISTICS, 10),
                new MenuEntry(Section.STATISTICS, "participation.title", StatisticsRoutes.PARTICIPATION, 20));
    }

    @Override
    public List<Tile> tiles(CurrentUser user) {
        if (!allowed(user) || (!user.isAdmin() && user.scopeUnitId() == null)) {
            return List.of();
        }
        UnitSummary home = queries.home(user);
        long unit = home.id().value();
        LocalDate today = LocalDate.now(clock.withZone(Zone.VIETNAM));
        Period week = Period.containing(PeriodKind.WEEK, today);
        Period month = Period.containing(PeriodKind.MONTH, today);
        List<Totals> totals = queries.totals(user, unit, List.of(week, week.previous(), month, month.previous()));
        Totals thisWeek = totals.get(0);
        Totals lastWeek = totals.get(1);
        Totals thisMonth = totals.get(2);
        Totals lastMonth = totals.get(3);
        StatisticsQueries.Silence silent = queries.silentUnits(user, unit, month);
        String weekHref = StatisticsController.href(unit, week);
        String monthHref = StatisticsController.href(unit, month);
        return List.of(
                activeTile("statistics.tile.activeWeek", thisWeek, lastWeek, weekHref, 10),
                activeTile("statistics.tile.activeMonth", thisMonth, lastMonth, monthHref, 20),
                new Tile(
                        Section.STATISTICS,
                        "statistics.tile.shares",
                        String.valueOf(thisMonth.shares()),
                        thisMonth.shares(),
                        lastMonth.shares(),
                        "statistics.tile.split",
                        List.of(thisMonth.sharesVerified(), thisMonth.sharesSelfReported()),
                        monthHref,
                        Tone.NEUTRAL,
                        30),
                new Tile(
                        Section.STATISTICS,
                        "statistics.tile.rebuttals",
                        String.valueOf(thisMonth.rebuttals()),
                        thisMonth.rebuttals(),
                        lastMonth.rebuttals(),
                        "statistics.tile.split",
                        List.of(thisMonth.rebuttalsVerified(), thisMonth.rebuttalsSelfReported()),
                        monthHref,
                        Tone.NEUTRAL,
                        40),
                new Tile(
                        Section.STATISTICS,
                        "statistics.tile.silentUnits",
                        String.valueOf(silent.silent()),
                        null,
                        null,
                        "statistics.tile.silentOf",
                        List.of(silent.units()),
                        monthHref,
                        silent.silent() == 0 ? Tone.GOOD : Tone.WARNING,
                        50));
    }

    private static Tile activeTile(String label, Totals now, Totals before, String href, int order) {
        return new Tile(
                Section.STATISTICS,
                label,
                now.activeMembers() + "/" + now.members(),
                now.activeMembers(),
                before.activeMembers(),
                "statistics.tile.rate",
                List.of(StatisticsPage.percent(now.activeRate())),
                href,
                Tone.NEUTRAL,
                order);
    }

    private static boolean allowed(CurrentUser user) {
        return user.roles().stream().anyMatch(StatisticsQueries.MAY_SEE::contains);
    }
}
