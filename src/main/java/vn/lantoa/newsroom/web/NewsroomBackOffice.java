package vn.lantoa.newsroom.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.web.BackOffice;
import vn.lantoa.platform.web.BackOffice.Section;
import vn.lantoa.platform.web.BackOffice.Tile;
import vn.lantoa.platform.web.BackOffice.Tone;

/**
 * The newsroom's part of the back office: articles and categories in the menu; for editors and
 * reviewers the workflow's queues (drafts, waiting for review, scheduled, missed schedules), for
 * admins the size of the uploaded images. Articles belong to sites, not units, so every newsroom
 * role sees all of them, as on the articles page.
 */
@Component
@Order(10)
class NewsroomBackOffice implements BackOffice.Contributor {

    private static final Duration WEEK = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Clock clock;

    NewsroomBackOffice(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    static boolean newsroomStaff(CurrentUser user) {
        return user.isAdmin() || user.has(Role.EDITOR) || user.has(Role.REVIEWER);
    }

    @Override
    public List<BackOffice.MenuEntry> menu(CurrentUser user) {
        if (!newsroomStaff(user)) {
            return List.of();
        }
        return List.of(
                new BackOffice.MenuEntry(Section.NEWS, "newsroom.menu.articles", NewsroomRoutes.ARTICLES, 10),
                new BackOffice.MenuEntry(Section.NEWS, "newsroom.menu.categories", NewsroomRoutes.CATEGORIES, 20));
    }

    @Override
    public List<Tile> tiles(CurrentUser user) {
        if (!newsroomStaff(user)) {
            return List.of();
        }
        Instant now = clock.instant();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        // One pass over the articles: the count per status, those new in the last 7 days and the 7 before.
        Map<String, long[]> byStatus = jdbc
                .sql("""
                        SELECT status, count(*),
                               count(*) FILTER (WHERE created_at >= :weekAgo),
                               count(*) FILTER (WHERE created_at >= :twoWeeksAgo AND created_at < :weekAgo),
                               count(*) FILTER (WHERE scheduled_at > :now),
                               count(*) FILTER (WHERE scheduled_at <= :now)
                          FROM news_article WHERE status <> 'PUBLISHED' GROUP BY status""")
                .param("now", at)
                .param("weekAgo", at.minus(WEEK))
                .param("twoWeeksAgo", at.minus(WEEK.multipliedBy(2)))
                .query((rs, n) -> Map.entry(
                        rs.getString(1),
                        new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)}))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Function<String, long[]> of = s -> byStatus.getOrDefault(s, new long[5]);
        long[] drafts = of.apply("DRAFT");
        long[] submitted = of.apply("SUBMITTED");
        long[] approved = of.apply("APPROVED");
        String list = NewsroomRoutes.ARTICLES + "?trang-thai=";
        List<Tile> tiles = new java.util.ArrayList<>(List.of(
                Tile.count(
                        Section.NEWS,
                        "newsroom.tile.drafts",
                        drafts[0],
                        null,
                        "newsroom.tile.newThisWeek",
                        List.of(drafts[1], drafts[2]),
                        list + "DRAFT",
                        Tone.NEUTRAL,
                        10),
                Tile.count(
                        Section.NEWS,
                        "newsroom.tile.submitted",
                        submitted[0],
                        null,
                        "newsroom.tile.newThisWeek",
                        List.of(submitted[1], submitted[2]),
                        list + "SUBMITTED",
                        submitted[0] > 0 ? Tone.WARNING : Tone.NEUTRAL,
                        20),
                Tile.count(
                        Section.NEWS,
                        "newsroom.tile.scheduled",
                        approved[3],
                        null,
                        "newsroom.tile.scheduled.detail",
                        List.of(),
                        list + "APPROVED",
                        Tone.NEUTRAL,
                        30),
                Tile.count(
                        Section.NEWS,
                        "newsroom.tile.missed",
                        approved[4],
                        null,
                        "newsroom.tile.missed.detail",
                        List.of(),
                        list + "APPROVED",
                        approved[4] > 0 ? Tone.DANGER : Tone.GOOD,
                        40)));
        if (user.isAdmin()) {
            long media = jdbc.sql("SELECT pg_total_relation_size('news_media')")
                    .query(Long.class)
                    .single();
            tiles.add(new Tile(
                    Section.SYSTEM,
                    "newsroom.tile.mediaSize",
                    Math.round(media / (1024.0 * 1024.0)) + " MB",
                    null,
                    null,
                    "newsroom.tile.mediaSize.detail",
                    List.of(),
                    null,
                    Tone.NEUTRAL,
                    91));
        }
        return tiles;
    }
}
