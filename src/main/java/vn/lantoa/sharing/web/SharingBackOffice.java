package vn.lantoa.sharing.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.Zone;
import vn.lantoa.platform.web.BackOffice;
import vn.lantoa.platform.web.BackOffice.Section;
import vn.lantoa.platform.web.BackOffice.Tile;
import vn.lantoa.platform.web.BackOffice.Tone;
import vn.lantoa.sharing.internal.CampaignAdmin;

/**
 * The sharing network's part of the back office: campaigns, directives and the
 * verification queue in the menu; for leaders the running campaigns with their progress, actions
 * waiting for verification and directives not yet acknowledged, each within the user's unit
 * subtree (admins: everything) and compared with the same figure seven days ago.
 */
@Component
@Order(20)
class SharingBackOffice implements BackOffice.Contributor {

    /** Who may open campaigns and directives (CampaignAdmin, Directives). */
    private static final Set<Role> MANAGERS = Set.of(Role.ADMIN, Role.EDITOR, Role.UNIT_MANAGER);
    /** Who may verify logged actions (ActionReview). */
    private static final Set<Role> REVIEWERS = Set.of(Role.ADMIN, Role.UNIT_MANAGER);

    private static final Duration WEEK = Duration.ofDays(7);
    private static final int CAMPAIGN_TILES = 3;

    /**
     * A campaign's audience is every active member of its target subtrees, as many reads as on the
     * campaign's own page; the dashboard keeps the counts for a minute so that reloading it does not
     * recount them. The campaigns shown were selected in the user's scope before this is consulted.
     */
    private final Cache<Long, Progress> progress = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    private record Progress(String title, Instant endsAt, long active, long audience) {}

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final CampaignAdmin campaigns;
    private final Clock clock;

    SharingBackOffice(JdbcClient jdbc, UnitDirectory units, CampaignAdmin campaigns, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    private static boolean any(CurrentUser user, Set<Role> roles) {
        return roles.stream().anyMatch(user::has);
    }

    @Override
    public List<BackOffice.MenuEntry> menu(CurrentUser user) {
        List<BackOffice.MenuEntry> entries = new ArrayList<>();
        if (any(user, MANAGERS)) {
            entries.add(
                    new BackOffice.MenuEntry(Section.SHARING, "sharing.menu.campaigns", SharingRoutes.CAMPAIGNS, 10));
            entries.add(
                    new BackOffice.MenuEntry(Section.SHARING, "sharing.menu.directives", SharingRoutes.DIRECTIVES, 30));
        }
        if (any(user, REVIEWERS)) {
            entries.add(new BackOffice.MenuEntry(Section.SHARING, "sharing.menu.review", SharingRoutes.REVIEW, 20));
        }
        return entries;
    }

    @Override
    public List<Tile> tiles(CurrentUser user) {
        if (!any(user, MANAGERS)) {
            return List.of();
        }
        Instant now = clock.instant();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        OffsetDateTime weekAgo = at.minus(WEEK);
        List<Long> scope = user.isAdmin()
                ? null
                : user.scopeUnitId() == null ? List.of(-1L) : units.subtreeIds(user.scopeUnitId());
        List<Tile> tiles = new ArrayList<>();
        campaignTiles(user, scope, now, at, weekAgo, tiles);
        if (any(user, REVIEWERS)) {
            long[] waiting = counts("""
                    SELECT count(*) FILTER (WHERE state = 'SELF_REPORTED'),
                           count(*) FILTER (WHERE created_at < :weekAgo)
                      FROM shr_action
                     WHERE (state = 'SELF_REPORTED' OR reviewed_at >= :weekAgo)""", "unit_id", scope, weekAgo);
            tiles.add(Tile.count(
                    Section.SHARING,
                    "sharing.tile.waiting",
                    waiting[0],
                    waiting[1],
                    "sharing.tile.vsWeekAgo",
                    List.of(),
                    SharingRoutes.REVIEW,
                    waiting[0] > 0 ? Tone.WARNING : Tone.GOOD,
                    30));
        }
        long[] unacknowledged = counts("""
                SELECT count(*) FILTER (WHERE a.directive_id IS NULL),
                       count(*) FILTER (WHERE d.created_at < :weekAgo AND (a.directive_id IS NULL OR a.acked_at >= :weekAgo))
                  FROM shr_directive_target t
                  JOIN shr_directive d ON d.id = t.directive_id
                  LEFT JOIN shr_directive_ack a ON a.directive_id = t.directive_id AND a.unit_id = t.unit_id
                 WHERE (a.directive_id IS NULL OR a.acked_at >= :weekAgo)""", "t.unit_id", scope, weekAgo);
        tiles.add(Tile.count(
                Section.SHARING,
                "sharing.tile.unacknowledged",
                unacknowledged[0],
                unacknowledged[1],
                "sharing.tile.unacknowledged.detail",
                List.of(),
                SharingRoutes.DIRECTIVES,
                unacknowledged[0] > 0 ? Tone.WARNING : Tone.GOOD,
                40));
        return tiles;
    }

    /** The running campaigns (now and seven days ago) and the progress of the three ending soonest. */
    private void campaignTiles(
            CurrentUser user,
            List<Long> scope,
            Instant now,
            OffsetDateTime at,
            OffsetDateTime weekAgo,
            List<Tile> tiles) {
        String inScope = scope == null ? "" : " AND owner_unit_id IN (:units)";
        Map<String, Object> params = new HashMap<>(Map.of("now", at, "weekAgo", weekAgo));
        if (scope != null) {
            params.put("units", scope);
        }
        long[] running = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE starts_at <= :now AND ends_at > :now),
                               count(*) FILTER (WHERE starts_at <= :weekAgo AND ends_at > :weekAgo)
                          FROM shr_campaign WHERE ends_at > :weekAgo""" + inScope)
                .params(params)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        tiles.add(Tile.count(
                Section.SHARING,
                "sharing.tile.running",
                running[0],
                running[1],
                "sharing.tile.vsWeekAgo",
                List.of(),
                SharingRoutes.CAMPAIGNS,
                Tone.NEUTRAL,
                10));
        List<Long> soonest = jdbc.sql("SELECT id FROM shr_campaign WHERE starts_at <= :now AND ends_at > :now" + inScope
                        + " ORDER BY ends_at, id LIMIT " + CAMPAIGN_TILES)
                .params(params)
                .query(Long.class)
                .list();
        LocalDate today = LocalDate.ofInstant(now, Zone.VIETNAM);
        int order = 11;
        for (long id : soonest) {
            Progress p = progress.get(id, key -> {
                CampaignAdmin.Participation found = campaigns.participation(user, key);
                return new Progress(
                        found.campaign().title(), found.campaign().endsAt(), found.active(), found.audience());
            });
            long daysLeft = ChronoUnit.DAYS.between(
                    today, LocalDate.ofInstant(p.endsAt().minusNanos(1), Zone.VIETNAM));
            long percent = p.audience() == 0 ? 0 : Math.round(100.0 * p.active() / p.audience());
            tiles.add(new Tile(
                    Section.SHARING,
                    "sharing.tile.campaign",
                    p.active() + "/" + p.audience(),
                    null,
                    null,
                    "sharing.tile.campaign.detail",
                    List.of(p.title(), percent, daysLeft),
                    SharingRoutes.campaign(id),
                    daysLeft <= 1 && percent < 50 ? Tone.WARNING : Tone.NEUTRAL,
                    order++));
        }
    }

    private long[] counts(String sql, String unitColumn, List<Long> scope, OffsetDateTime weekAgo) {
        var spec = jdbc.sql(sql + (scope == null ? "" : " AND " + unitColumn + " IN (:units)"))
                .param("weekAgo", weekAgo);
        if (scope != null) {
            spec = spec.param("units", scope);
        }
        return spec.query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }
}
