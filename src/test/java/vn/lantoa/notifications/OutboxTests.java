package vn.lantoa.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.platform.LanToaIntegrationTest;

@LanToaIntegrationTest
class OutboxTests {

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    private long stored(String dedupKey) {
        return jdbc.sql("SELECT count(*) FROM ntf_notice WHERE dedup_key = ?")
                .param(dedupKey)
                .query(Long.class)
                .single();
    }

    @Test
    void theSameNoticeToTheSameRecipientIsStoredOnce() {
        String key = "test:" + UUID.randomUUID();
        Notice notice = new Notice(new Recipient.Email("Ban.Doc@Example.vn "), "Tiêu đề", "Nội dung", null, key);

        notifications.send(notice);
        notifications.send(new Notice(new Recipient.Email("ban.doc@example.vn"), "Tiêu đề", "Nội dung", null, key));

        assertThat(stored(key)).isEqualTo(1);
    }

    @Test
    void aNoticeSentInATransactionThatRollsBackIsNotStored() {
        String key = "test:" + UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
                    notifications.send(
                            new Notice(new Recipient.Phone("0912 345 678"), "Tiêu đề", "Nội dung", "/", key));
                    throw new IllegalStateException("the caller's change failed");
                }))
                .isInstanceOf(IllegalStateException.class);

        assertThat(stored(key)).isZero();
    }

    @Test
    void differentRecipientsOfOneEventEachGetTheNotice() {
        String key = "test:" + UUID.randomUUID();

        notifications.send(new Notice(new Recipient.Member(1), "Tiêu đề", "Nội dung", null, key));
        notifications.send(new Notice(new Recipient.Phone("0912345678"), "Tiêu đề", "Nội dung", null, key));

        assertThat(stored(key)).isEqualTo(2);
    }
}
