package vn.lantoa.sharing.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.notifications.Notice;
import vn.lantoa.notifications.Notifications;
import vn.lantoa.notifications.Recipient;
import vn.lantoa.platform.Zone;
import vn.lantoa.sharing.DirectiveSent;
import vn.lantoa.sharing.RemindersSent;
import vn.lantoa.sharing.web.SharingRoutes;

/**
 * Tells members what concerns them, through the notifications module (inbox, e-mail, Zalo): a
 * manager's reminder, a campaign that started, a directive sent to their unit. Listeners run in the
 * transaction of the change, so a notice exists exactly when the change does; dedup keys make
 * repeats harmless.
 */
@Component
class SharingNotices {

    private static final int EXCERPT = 1000;

    private final Notifications notifications;
    private final MessageSource messages;
    private final MemberDirectory members;
    private final JdbcClient jdbc;
    private final Clock clock;

    SharingNotices(
            Notifications notifications,
            MessageSource messages,
            MemberDirectory members,
            JdbcClient jdbc,
            Clock clock) {
        this.notifications = notifications;
        this.messages = messages;
        this.members = members;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void remindersSent(RemindersSent event) {
        LocalDate today = LocalDate.now(clock.withZone(Zone.VIETNAM));
        String subject = t("notice.reminder.subject", event.campaignTitle());
        String body = t("notice.reminder.body", event.campaignTitle());
        for (long member : event.memberIds()) {
            notifications.send(new Notice(
                    new Recipient.Member(member),
                    subject,
                    body,
                    SharingRoutes.HOME,
                    "sharing:reminder:" + event.campaignId() + ":" + member + ":" + today));
        }
    }

    @EventListener
    void directiveSent(DirectiveSent event) {
        record Sent(String text, boolean hasDocument) {}
        Sent sent = jdbc.sql("SELECT body, document_name IS NOT NULL FROM shr_directive WHERE id = ?")
                .param(event.directiveId())
                .query((rs, n) -> new Sent(rs.getString(1), rs.getBoolean(2)))
                .optional()
                .orElse(new Sent("", false));
        String text = sent.text();
        // A PDF directive links to its download (allowed to the members of the targeted units).
        String link = sent.hasDocument() ? SharingRoutes.document(event.directiveId()) : null;
        String subject = event.urgency().interruptsQuietHours()
                ? t("notice.directive.urgentSubject", t(event.urgency().labelKey()), event.title())
                : t("notice.directive.subject", event.title());
        String body = t("notice.directive.body", event.title(), excerpt(text));
        List<Long> units = event.unitIds().stream()
                .flatMap(u -> members.subtree(u).stream())
                .distinct()
                .toList();
        for (MemberDirectory.MemberRow member : members.audience(units, List.of())) {
            Notice notice = new Notice(
                    new Recipient.Member(member.memberId()),
                    subject,
                    body,
                    link,
                    "sharing:directive:" + event.directiveId() + ":" + member.memberId());
            notifications.send(event.urgency().interruptsQuietHours() ? notice.asUrgent() : notice);
        }
    }

    /** Tells the campaign's audience that it started; returns how many members were told. */
    int campaignStarted(long campaignId, String title, String message, Instant endsAt) {
        String subject = t("notice.campaign.subject", title);
        String body = t("notice.campaign.body", title, Zone.DATE_TIME.format(endsAt), excerpt(message));
        List<MemberDirectory.MemberRow> audience = audience(campaignId);
        for (MemberDirectory.MemberRow member : audience) {
            notifications.send(new Notice(
                    new Recipient.Member(member.memberId()),
                    subject,
                    body.strip(),
                    SharingRoutes.HOME,
                    "sharing:campaign:" + campaignId + ":" + member.memberId()));
        }
        return audience.size();
    }

    /** Active members of the target units' subtrees and of the target groups. */
    private List<MemberDirectory.MemberRow> audience(long campaignId) {
        record Target(Long unitId, Long groupId) {}
        List<Target> targets = jdbc.sql("SELECT unit_id, group_id FROM shr_campaign_target WHERE campaign_id = ?")
                .param(campaignId)
                .query((rs, n) -> new Target(rs.getObject(1, Long.class), rs.getObject(2, Long.class)))
                .list();
        List<Long> units = targets.stream()
                .filter(t -> t.unitId() != null)
                .flatMap(t -> members.subtree(t.unitId()).stream())
                .distinct()
                .toList();
        List<Long> groups =
                targets.stream().map(Target::groupId).filter(g -> g != null).toList();
        return members.audience(units, groups);
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Zone.VI);
    }

    private static String excerpt(String text) {
        String s = text == null ? "" : text.strip();
        return s.length() <= EXCERPT ? s : s.substring(0, EXCERPT - 1) + "…";
    }
}
