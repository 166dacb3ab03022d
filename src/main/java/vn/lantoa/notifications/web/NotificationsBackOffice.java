package vn.lantoa.notifications.web;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.web.BackOffice;
import vn.lantoa.platform.web.BackOffice.Section;
import vn.lantoa.platform.web.BackOffice.Tile;
import vn.lantoa.platform.web.BackOffice.Tone;

/** The notifications' part of the back office: the outbox for admins, and its failed deliveries this week against last. */
@Component
@Order(70)
class NotificationsBackOffice implements BackOffice.Contributor {

    private static final Duration WEEK = Duration.ofDays(7);

    private final JdbcClient jdbc;
    private final Clock clock;

    NotificationsBackOffice(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<BackOffice.MenuEntry> menu(CurrentUser user) {
        return user.isAdmin()
                ? List.of(new BackOffice.MenuEntry(
                        Section.SYSTEM, "notifications.admin.link", NotificationsRoutes.ADMIN, 50))
                : List.of();
    }

    @Override
    public List<Tile> tiles(CurrentUser user) {
        if (!user.isAdmin()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        // ntf_delivery_status_idx (status, updated_at): a failed delivery is not touched again after it failed.
        long[] failed = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE updated_at >= :weekAgo),
                               count(*) FILTER (WHERE updated_at < :weekAgo)
                          FROM ntf_delivery
                         WHERE status = 'FAILED' AND updated_at >= :twoWeeksAgo""")
                .param("weekAgo", now.minus(WEEK))
                .param("twoWeeksAgo", now.minus(WEEK.multipliedBy(2)))
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        return List.of(Tile.count(
                Section.SYSTEM,
                "notifications.tile.failed",
                failed[0],
                failed[1],
                "notifications.tile.failed.detail",
                List.of(),
                NotificationsRoutes.ADMIN,
                failed[0] > 0 ? Tone.DANGER : Tone.GOOD,
                10));
    }
}
