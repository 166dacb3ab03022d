package vn.lantoa.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.organization.MemberId;
import vn.lantoa.organization.MemberSummary;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.NotFoundException;

/**
 * The admin's view of the outbox: how many deliveries per channel and status, the reasons of
 * skipped ones, the failed ones with their last error, and "send again". ADMIN only. Addresses are
 * shown masked: the admin needs to know that a delivery failed, not a member's address.
 */
@Service
public class DeliveryAdmin {

    public record Count(String channel, String status, long count) {}

    public record Reason(String channel, String reason, long count) {}

    public record Failed(
            long id, String channel, String recipient, String subject, int attempts, String error, Instant at) {}

    public record Overview(
            List<Count> counts,
            long inboxUnread,
            long inboxRead,
            List<Reason> skipped,
            List<Failed> failed,
            boolean emailOn,
            boolean zaloOn,
            boolean pushOn) {}

    private final JdbcClient jdbc;
    private final DeliveryQueue queue;
    private final UnitDirectory directory;
    private final EmailChannel email;
    private final ZaloChannel zalo;
    private final PushChannel push;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeliveryAdmin(
            JdbcClient jdbc,
            DeliveryQueue queue,
            UnitDirectory directory,
            EmailChannel email,
            ZaloChannel zalo,
            PushChannel push,
            ApplicationEventPublisher events,
            Clock clock) {
        this.push = push;
        this.jdbc = jdbc;
        this.queue = queue;
        this.directory = directory;
        this.email = email;
        this.zalo = zalo;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Overview overview(CurrentUser user) {
        List<Count> counts = jdbc.sql(
                        "SELECT channel, status, count(*) FROM ntf_delivery GROUP BY channel, status ORDER BY 1, 2")
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
        long[] inbox = jdbc.sql("""
                SELECT count(*) FILTER (WHERE read_at IS NULL), count(*) FILTER (WHERE read_at IS NOT NULL)
                  FROM ntf_notice WHERE member_id IS NOT NULL""")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        List<Reason> skipped = jdbc.sql("""
                SELECT channel, coalesce(last_error, ''), count(*) FROM ntf_delivery WHERE status = 'SKIPPED'
                 GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 20""")
                .query((rs, n) -> new Reason(rs.getString(1), rs.getString(2), rs.getLong(3)))
                .list();
        List<Failed> failed = jdbc.sql("""
                SELECT d.id, d.channel, d.address, n.member_id, n.subject, d.attempts, d.last_error, d.updated_at
                  FROM ntf_delivery d JOIN ntf_notice n ON n.id = d.notice_id
                 WHERE d.status = 'FAILED' ORDER BY d.updated_at DESC, d.id DESC LIMIT 100""")
                .query((rs, n) -> new Failed(
                        rs.getLong("id"),
                        rs.getString("channel"),
                        recipient(rs.getObject("member_id", Long.class), rs.getString("address")),
                        rs.getString("subject"),
                        rs.getInt("attempts"),
                        rs.getString("last_error"),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
        return new Overview(
                counts, inbox[0], inbox[1], skipped, failed, email.enabled(), zalo.enabled(), push.enabled());
    }

    /** Puts a failed (or skipped) delivery back in the queue, due now; audited. */
    @Transactional
    public void retry(CurrentUser user, long deliveryId) {
        if (!queue.requeue(deliveryId, clock.instant())) {
            throw new NotFoundException();
        }
        events.publishEvent(AuditEvent.of("notification.retry", "delivery", deliveryId, null));
    }

    private String recipient(Long memberId, String address) {
        if (memberId != null) {
            return directory
                    .member(new MemberId(memberId))
                    .map(MemberSummary::fullName)
                    .orElse("#" + memberId);
        }
        return mask(address);
    }

    /** {@code ban.doc@example.vn} → {@code b***@example.vn}; {@code 0912345678} → {@code 09******78}. */
    static String mask(String address) {
        if (address == null || address.isEmpty()) {
            return "";
        }
        int at = address.indexOf('@');
        if (at > 0) {
            return address.charAt(0) + "***" + address.substring(at);
        }
        if (address.length() <= 4) {
            return "****";
        }
        return address.substring(0, 2) + "*".repeat(address.length() - 4) + address.substring(address.length() - 2);
    }
}
