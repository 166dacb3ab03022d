package vn.lantoa.notifications.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.notifications.Notice;
import vn.lantoa.notifications.Notifications;
import vn.lantoa.notifications.Recipient;

/**
 * Stores notices in {@code ntf_notice}, in the caller's transaction. A one-time link is stored as
 * its kind and reference only (never as a link).
 */
@Service
class OutboxNotifications implements Notifications {

    private final JdbcClient jdbc;
    private final EmailChannel email;
    private final Clock clock;

    OutboxNotifications(JdbcClient jdbc, EmailChannel email, Clock clock) {
        this.jdbc = jdbc;
        this.email = email;
        this.clock = clock;
    }

    @Override
    public boolean sendsEmail() {
        return email.enabled();
    }

    @Override
    @Transactional
    public void send(Notice notice) {
        Recipient to = notice.to();
        jdbc.sql("""
                        INSERT INTO ntf_notice (recipient_key, member_id, email, phone, subject, body, link,
                                                link_kind, link_ref, dedup_key, created_at, urgent)
                        VALUES (:key, :member, :email, :phone, :subject, :body, :link, :linkKind, :linkRef,
                                :dedup, :now, :urgent)
                        ON CONFLICT (recipient_key, dedup_key) DO NOTHING
                        """)
                .param("key", to.key())
                .param("member", to instanceof Recipient.Member m ? m.memberId() : null)
                .param("email", to instanceof Recipient.Email e ? e.address().strip() : null)
                .param("phone", to instanceof Recipient.Phone p ? p.number().strip() : null)
                .param("subject", notice.subject())
                .param("body", notice.body())
                .param("link", notice.link())
                .param(
                        "linkKind",
                        notice.oneTimeLink() == null
                                ? null
                                : notice.oneTimeLink().kind())
                .param(
                        "linkRef",
                        notice.oneTimeLink() == null
                                ? null
                                : notice.oneTimeLink().reference())
                .param("dedup", notice.dedupKey())
                .param("now", OffsetDateTime.now(clock))
                .param("urgent", notice.urgent())
                .update();
    }
}
