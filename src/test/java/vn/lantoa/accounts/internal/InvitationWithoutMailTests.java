package vn.lantoa.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/** Without an SMTP server (no {@code spring.mail.host}) an invitation is the link to copy, and nothing is queued. */
@LanToaIntegrationTest
class InvitationWithoutMailTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String create(Browser admin, String lang) {
        String username = "khong-smtp-" + UUID.randomUUID().toString().substring(0, 8);
        String form = admin.get("/quan-tri/tai-khoan?lang=" + lang).body();
        String page = admin.postForm(
                        "/quan-tri/tai-khoan",
                        Map.of(
                                "username",
                                username,
                                "displayName",
                                "Không có máy chủ thư",
                                "email",
                                username + "@example.vn",
                                "role",
                                "HANDLER",
                                "scopeUnitId",
                                jdbc.sql("SELECT min(id) FROM org_unit")
                                        .query(String.class)
                                        .single(),
                                "idempotencyKey",
                                InvitationMailTests.requestKey(form)))
                .body();
        InvitationMailTests.pagePath(page);
        long invitation = jdbc.sql(
                        "SELECT i.id FROM acc_invitation i JOIN acc_user a ON a.id = i.user_id WHERE a.username = ?")
                .param(username)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("SELECT count(*) FROM ntf_notice WHERE dedup_key = ?")
                        .param("accounts:invitation:" + invitation)
                        .query(Long.class)
                        .single())
                .as("nothing queued")
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM acc_audit_log WHERE action = 'account.invite.mail' AND target_id = ("
                                + "SELECT id::text FROM acc_user WHERE username = ?)")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isZero();
        return page;
    }

    @Test
    void theInviterGetsOnlyTheLinkToCopyInVietnamese() {
        Browser admin = new Browser(port);
        admin.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);

        assertThat(create(admin, "vi"))
                .contains("Liên kết mời dùng một lần, hết hạn lúc")
                .contains("hệ thống chưa gửi email vì chưa cấu hình máy chủ thư")
                .doesNotContain("Đã gửi thư mời");
    }

    @Test
    void theInviterGetsOnlyTheLinkToCopyInEnglish() {
        Browser admin = new Browser(port);
        admin.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);

        assertThat(create(admin, "en"))
                .contains("One-time invitation link, valid until")
                .contains("no e-mail has been sent, as no mail server is configured")
                .doesNotContain("Invitation e-mailed");
    }
}
