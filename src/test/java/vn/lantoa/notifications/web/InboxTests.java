package vn.lantoa.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.notifications.Notice;
import vn.lantoa.notifications.NotificationFixtures;
import vn.lantoa.notifications.Notifications;
import vn.lantoa.notifications.Recipient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

@LanToaIntegrationTest
class InboxTests {

    static final String PASSWORD = "Hop-thu-kiem-thu-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transactions;

    private Browser signedIn(String username, String password) {
        Browser browser = new Browser(port);
        browser.signIn(username, password);
        browser.get("/thanh-vien/thong-bao");
        return browser;
    }

    private long notice(long member, String subject, String link) {
        String key = "test:" + UUID.randomUUID();
        notifications.send(new Notice(new Recipient.Member(member), subject, "Nội dung của " + subject, link, key));
        return jdbc.sql("SELECT id FROM ntf_notice WHERE dedup_key = ?")
                .param(key)
                .query(Long.class)
                .single();
    }

    private boolean read(long notice) {
        return jdbc.sql("SELECT read_at IS NOT NULL FROM ntf_notice WHERE id = ?")
                .param(notice)
                .query(Boolean.class)
                .single();
    }

    @Test
    void aMemberSeesOnlyTheirOwnNoticesNewestFirstAndMarksThemRead() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long an = NotificationFixtures.member(jdbc, "Trần Văn An " + run, null, null);
        long binh = NotificationFixtures.member(jdbc, "Lê Thị Bình " + run, null, null);
        String anUser = NotificationFixtures.account(jdbc, encoder, an, PASSWORD);
        String binhUser = NotificationFixtures.account(jdbc, encoder, binh, PASSWORD);
        long older = notice(an, "Cũ hơn " + run, "/thanh-vien");
        long newer = notice(an, "Mới hơn " + run, "javascript:alert(1)");
        jdbc.sql("UPDATE ntf_notice SET created_at = created_at - interval '1 hour' WHERE id = ?")
                .param(older)
                .update();
        long binhs = notice(binh, "Của Bình " + run, null);

        Browser anBrowser = signedIn(anUser, PASSWORD);
        String page = anBrowser.get("/thanh-vien/thong-bao").body();
        assertThat(page).contains("Cũ hơn " + run, "Mới hơn " + run).doesNotContain("Của Bình " + run);
        assertThat(page.indexOf("Mới hơn " + run)).isLessThan(page.indexOf("Cũ hơn " + run));
        assertThat(page).contains("lt-inbox-link").containsPattern("text-bg-warning\">2<");
        assertThat(page).doesNotContain("javascript:alert").contains("href=\"/thanh-vien\"");

        assertThat(anBrowser
                        .postForm("/thanh-vien/thong-bao/" + older + "/da-doc", Map.of())
                        .statusCode())
                .isEqualTo(302);
        assertThat(read(older)).isTrue();
        assertThat(read(newer)).isFalse();
        assertThat(anBrowser.get("/thanh-vien").body()).containsPattern("text-bg-warning\">1<");

        assertThat(anBrowser
                        .postForm("/thanh-vien/thong-bao/" + binhs + "/da-doc", Map.of())
                        .statusCode())
                .as("another member's notice")
                .isEqualTo(404);
        assertThat(read(binhs)).isFalse();

        HttpResponse<String> all = anBrowser.postForm("/thanh-vien/thong-bao/da-doc", Map.of());
        assertThat(all.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("da-doc=1"));
        assertThat(read(newer)).isTrue();
        assertThat(read(binhs)).isFalse();
        assertThat(anBrowser.get("/thanh-vien/thong-bao").body()).doesNotContain("text-bg-warning");

        String binhPage =
                signedIn(binhUser, PASSWORD).get("/thanh-vien/thong-bao").body();
        assertThat(binhPage).contains("Của Bình " + run).doesNotContain("Mới hơn " + run, "Cũ hơn " + run);
    }

    @Test
    void markingReadNeedsTheCsrfToken() {
        long member = NotificationFixtures.member(jdbc, "Phạm Văn Chính", null, null);
        String user = NotificationFixtures.account(jdbc, encoder, member, PASSWORD);
        long notice = notice(member, "Cần CSRF", null);
        Browser browser = signedIn(user, PASSWORD);

        assertThat(browser.postForm("/thanh-vien/thong-bao/" + notice + "/da-doc", Map.of("_csrf", "sai"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(read(notice)).isFalse();
    }

    @Test
    void anAccountWithoutAMemberRecordHasAnEmptyInboxAndBadPagesAreTheFirst() {
        Browser editor = signedIn("bientap", LanToaIntegrationTest.DEMO_PASSWORD);
        HttpResponse<String> page = editor.get("/thanh-vien/thong-bao?trang=abc");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("chưa gắn với hồ sơ thành viên");
        HttpResponse<String> memberHome = editor.get("/thanh-vien");
        assertThat(memberHome.statusCode())
                .as("the member area's own page for staff")
                .isEqualTo(403);
        assertThat(memberHome.body()).contains("lt-inbox-link");
        assertThat(editor.postForm("/thanh-vien/thong-bao/1/da-doc", Map.of()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aVisitorWhoIsNotSignedInIsSentToTheLoginPage() {
        HttpResponse<String> page = new Browser(port).get("/thanh-vien/thong-bao");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/dang-nhap"));
    }
}
