package vn.lantoa.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.organization.MemberContact;
import vn.lantoa.organization.MemberId;
import vn.lantoa.organization.UnitDirectory;

/**
 * Turns new notices into deliveries: a member's notice goes out by e-mail when their record has an
 * address and by Zalo when it has a phone (besides the inbox, which needs nothing), provided their
 * record has the date they agreed to be contacted ({@code lantoa.notifications.require-consent});
 * a notice to an address or a phone (a public reporter who left it with consent) goes to that
 * channel only. A member's notice also goes to each browser the member subscribed for web push (the
 * subscription is their consent). A channel that is off, one the member turned off, or a member
 * without consent, gets a skipped delivery with the reason, so the admin sees what did not go out.
 * A notice that is not urgent, planned during the member's quiet hours, is due when they end.
 */
@Component
class DeliveryPlanner {

    private final JdbcClient jdbc;
    private final DeliveryQueue queue;
    private final UnitDirectory directory;
    private final Map<Channel, ChannelSender> senders;
    private final Preferences preferences;
    private final PushSubscriptions subscriptions;
    private final boolean requireConsent;
    private final Clock clock;

    DeliveryPlanner(
            JdbcClient jdbc,
            DeliveryQueue queue,
            UnitDirectory directory,
            List<ChannelSender> senders,
            Preferences preferences,
            PushSubscriptions subscriptions,
            NotificationProperties properties,
            Clock clock) {
        this.preferences = preferences;
        this.subscriptions = subscriptions;
        this.jdbc = jdbc;
        this.requireConsent = properties.requireConsent();
        this.queue = queue;
        this.directory = directory;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.clock = clock;
    }

    private record Unplanned(long id, Long memberId, String email, String phone, boolean urgent) {}

    /** Plans up to {@code limit} notices no node has planned yet; returns how many. */
    @Transactional
    public int plan(int limit) {
        List<Unplanned> notices = jdbc.sql("""
                SELECT id, member_id, email, phone, urgent FROM ntf_notice WHERE planned_at IS NULL
                 ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED""")
                .param(limit)
                .query((rs, n) -> new Unplanned(
                        rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .list();
        Instant now = clock.instant();
        for (Unplanned notice : notices) {
            String email = notice.email();
            String phone = notice.phone();
            String withheld = null;
            Preferences.Choice choice = Preferences.Choice.DEFAULT;
            Instant due = now;
            boolean activeMember = false;
            if (notice.memberId() != null) {
                choice = preferences.of(notice.memberId());
                if (!notice.urgent() && choice.quiet() != null) {
                    due = choice.quiet().release(now);
                }
                MemberContact contact = directory
                        .contactOf(new MemberId(notice.memberId()))
                        .filter(MemberContact::active)
                        .orElse(null);
                email = contact == null ? null : contact.email();
                phone = contact == null ? null : contact.phone();
                activeMember = contact != null;
                if (contact != null && requireConsent && !contact.consented()) {
                    withheld = NO_CONSENT;
                }
            }
            deliver(notice.id(), Channel.EMAIL, email, choice, withheld, due, now);
            deliver(notice.id(), Channel.ZALO, phone, choice, withheld, due, now);
            if (activeMember) {
                for (long subscription : subscriptions.idsOfMember(notice.memberId())) {
                    deliver(notice.id(), Channel.PUSH, String.valueOf(subscription), choice, null, due, now);
                }
            }
        }
        if (!notices.isEmpty()) {
            jdbc.sql("UPDATE ntf_notice SET planned_at = :now WHERE id IN (:ids)")
                    .param("now", OffsetDateTime.now(clock))
                    .param("ids", notices.stream().map(Unplanned::id).toList())
                    .update();
        }
        return notices.size();
    }

    static final String NO_CONSENT =
            "the member's record has no consent date (lantoa.notifications.require-consent); told in the inbox only";

    static final String TURNED_OFF = "the member turned this channel off";

    private void deliver(
            long noticeId,
            Channel channel,
            String address,
            Preferences.Choice choice,
            String withheld,
            Instant due,
            Instant now) {
        if (address == null || address.isBlank()) {
            return;
        }
        ChannelSender sender = senders.get(channel);
        String off = withheld != null
                ? withheld
                : !choice.allows(channel)
                        ? TURNED_OFF
                        : sender == null ? channel + " is not available" : sender.enabled() ? null : sender.offReason();
        queue.add(noticeId, channel, address.strip(), off, due, now);
    }
}
