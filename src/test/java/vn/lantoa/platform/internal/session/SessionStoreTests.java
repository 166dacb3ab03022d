package vn.lantoa.platform.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

@LanToaIntegrationTest
class SessionStoreTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DecodedAttributes decoded;

    private String sessionId(Browser browser) {
        String cookie = browser.cookie("SESSION").orElseThrow();
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    private Long lastAccess(String sessionId) {
        return jdbc.sql("SELECT LAST_ACCESS_TIME FROM SPRING_SESSION WHERE SESSION_ID = ?")
                .param(sessionId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    @Test
    void signedInRequestsReadTheSessionFromTheDatabaseWithoutWritingIt() {
        Browser member = new Browser(port);
        member.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
        assertThat(member.get("/thanh-vien").statusCode()).isEqualTo(200);
        String id = sessionId(member);
        Long stored = lastAccess(id);
        assertThat(stored).isNotNull();

        for (int i = 0; i < 3; i++) {
            assertThat(member.get("/thanh-vien").statusCode()).isEqualTo(200);
        }

        assertThat(lastAccess(id)).isEqualTo(stored);
        assertThat(decoded.size())
                .as("the session's attributes are decoded once and remembered")
                .isPositive();
    }

    @Test
    void aSessionChangedInTheDatabaseIsSeenByTheNextRequest() {
        Browser member = new Browser(port);
        member.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
        assertThat(member.get("/thanh-vien").statusCode()).isEqualTo(200);

        // As another node signing the user out would: the row goes, the next request is anonymous.
        jdbc.sql("DELETE FROM SPRING_SESSION WHERE SESSION_ID = ?")
                .param(sessionId(member))
                .update();

        assertThat(member.get("/thanh-vien").statusCode()).isEqualTo(302);
    }

    @Test
    void aSecurityContextRewrittenInTheDatabaseIsDecodedAgain() {
        Browser member = new Browser(port);
        member.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
        Browser editor = new Browser(port);
        editor.signIn("bientap", LanToaIntegrationTest.DEMO_PASSWORD);
        for (int i = 0; i < 2; i++) {
            assertThat(member.get("/quan-tri/bai-viet").statusCode()).isEqualTo(403);
        }

        // As another node would store a new security context for this session: the bytes change.
        jdbc.sql("""
                UPDATE SPRING_SESSION_ATTRIBUTES m SET ATTRIBUTE_BYTES = e.ATTRIBUTE_BYTES
                  FROM SPRING_SESSION_ATTRIBUTES e
                 WHERE m.SESSION_PRIMARY_ID = (SELECT PRIMARY_ID FROM SPRING_SESSION WHERE SESSION_ID = ?)
                   AND e.SESSION_PRIMARY_ID = (SELECT PRIMARY_ID FROM SPRING_SESSION WHERE SESSION_ID = ?)
                   AND m.ATTRIBUTE_NAME = 'SPRING_SECURITY_CONTEXT' AND e.ATTRIBUTE_NAME = m.ATTRIBUTE_NAME""").params(sessionId(member), sessionId(editor)).update();

        assertThat(member.get("/quan-tri/bai-viet").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutStillRemovesTheSession() {
        Browser member = new Browser(port);
        member.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
        assertThat(member.get("/thanh-vien").statusCode()).isEqualTo(200);
        String id = sessionId(member);

        member.postForm("/dang-xuat", Map.of());

        assertThat(lastAccess(id)).isNull();
        assertThat(member.get("/thanh-vien").statusCode()).isEqualTo(302);
    }

    @Test
    void anExpiredSessionIsRefused() {
        Browser member = new Browser(port);
        member.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
        assertThat(member.get("/thanh-vien").statusCode()).isEqualTo(200);

        // Idle for longer than the 8-hour timeout (the last access is written at most once a minute).
        jdbc.sql("UPDATE SPRING_SESSION SET LAST_ACCESS_TIME = ?, EXPIRY_TIME = ? WHERE SESSION_ID = ?")
                .params(
                        OffsetDateTime.now().minusHours(9).toInstant().toEpochMilli(),
                        OffsetDateTime.now().minusHours(1).toInstant().toEpochMilli(),
                        sessionId(member))
                .update();

        assertThat(member.get("/thanh-vien").statusCode()).isEqualTo(302);
    }
}
