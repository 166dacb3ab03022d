package vn.lantoa.accounts.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.accounts.web.AccountsRoutes;
import vn.lantoa.notifications.Notice;
import vn.lantoa.notifications.Notifications;
import vn.lantoa.notifications.OneTimeLinks;
import vn.lantoa.notifications.Recipient;
import vn.lantoa.organization.MemberContact;
import vn.lantoa.organization.MemberId;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.organization.UnitId;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaProperties;
import vn.lantoa.platform.Zone;

/**
 * Invitations by e-mail, through the notifications outbox, when this installation sends e-mail and
 * the account has an address (its own, else its member record's if the member agreed to be
 * contacted). The outbox holds the message without its link: the link is made here, with a token
 * of its own, just before each try of sending ({@link OneTimeLinks}), and only that token's
 * SHA-256 is stored, as for the link shown to the inviter.
 */
@Component
class InvitationMail implements OneTimeLinks {

    static final String KIND = "accounts.invitation";
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s<>\"(),;:]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final UnitDirectory units;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final String siteName;
    private final Clock clock;

    InvitationMail(
            JdbcClient jdbc,
            Notifications notifications,
            UnitDirectory units,
            MessageSource messages,
            ApplicationEventPublisher events,
            LanToaProperties site,
            Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.units = units;
        this.messages = messages;
        this.events = events;
        this.siteName = site.site().name();
        this.clock = clock;
    }

    /** Whether invitations can go out by e-mail here. */
    boolean on() {
        return notifications.sendsEmail();
    }

    /** Where the account's invitation is e-mailed; empty when e-mail is off or there is no address. */
    Optional<String> addressOf(long userId) {
        if (!on()) {
            return Optional.empty();
        }
        record Account(String email, Long memberId) {}
        Account account = jdbc.sql("SELECT email, member_id FROM acc_user WHERE id = ?")
                .param(userId)
                .query((rs, n) -> new Account(rs.getString(1), rs.getObject(2, Long.class)))
                .single();
        if (account.email() != null && !account.email().isBlank()) {
            return Optional.of(account.email());
        }
        if (account.memberId() == null) {
            return Optional.empty();
        }
        return units.contactOf(new MemberId(account.memberId()))
                .filter(c -> c.active() && c.consented())
                .map(MemberContact::email)
                .filter(e -> e != null && ADDRESS.matcher(e.strip()).matches())
                .map(String::strip);
    }

    /** Queues the invitation's e-mail (once per invitation, whatever the repeats) and audits it. */
    void send(CurrentUser by, long invitationId, long userId, String to, OffsetDateTime expires) {
        record Invitee(String username, String displayName) {}
        Invitee invitee = jdbc.sql("SELECT username, display_name FROM acc_user WHERE id = ?")
                .param(userId)
                .query((rs, n) -> new Invitee(rs.getString(1), rs.getString(2)))
                .single();
        String unit = by.scopeUnitId() == null
                ? siteName
                : units.unit(new UnitId(by.scopeUnitId()))
                        .map(UnitSummary::name)
                        .orElse(siteName);
        notifications.send(new Notice(
                new Recipient.Email(to),
                t("accounts.invitation.mail.subject", unit, siteName),
                t(
                        "accounts.invitation.mail.body",
                        invitee.displayName(),
                        unit,
                        invitee.username(),
                        siteName,
                        Zone.DATE_TIME.format(expires)),
                null,
                "accounts:invitation:" + invitationId,
                new Notice.OneTimeLink(KIND, String.valueOf(invitationId))));
        events.publishEvent(
                AuditEvent.of("account.invite.mail", "account", userId, "invitation " + invitationId + " to " + to));
    }

    @Override
    public String kind() {
        return KIND;
    }

    /**
     * A new mailed link for the invitation while it still applies (unused, newest, not expired,
     * account enabled); it replaces the one an earlier try of the same e-mail made.
     */
    @Override
    @Transactional
    public Optional<String> mint(String reference) {
        long invitationId;
        try {
            invitationId = Long.parseLong(reference);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String token = Invitations.newToken();
        int updated = jdbc.sql("""
                UPDATE acc_invitation i SET mail_token_hash = ? FROM acc_user a
                 WHERE i.id = ? AND a.id = i.user_id AND a.enabled AND i.used_at IS NULL AND i.expires_at > ?""")
                .params(Invitations.hash(token), invitationId, OffsetDateTime.now(clock))
                .update();
        return updated == 1 ? Optional.of(AccountsRoutes.invitation(token)) : Optional.empty();
    }

    /** The address typed on a form: {@code null} when blank; refused when it is not an address. */
    static String address(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String address = raw.strip();
        if (address.length() > 254 || !ADDRESS.matcher(address).matches()) {
            throw new AccountValidationException("accounts.error.email");
        }
        return address;
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, Zone.VI);
    }
}
