package vn.lantoa.platform.internal.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/**
 * A module event whose listener did not complete (here: marked failed, as the registry does when
 * the listener throws, and published ten minutes ago) is handed to its listener again by
 * {@link EventRetry} while the application runs, and completes.
 */
@LanToaIntegrationTest
class EventRetryTests {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EventRetry retry;

    @Test
    void aFailedListenerOfAnOldEnoughEventRunsAgainAndCompletes() {
        Browser member = new Browser(port);
        member.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
        member.get("/thanh-vien"); // the session's CSRF token
        HttpResponse<String> share = member.postJson(
                "/api/v1/shares",
                "{\"postUrl\":\"https://www.facebook.com/permalink.php?story_fbid="
                        + Math.abs(UUID.randomUUID().getMostSignificantBits()) + "&id=100012345\"}");
        assertThat(share.statusCode()).as(share.body()).isEqualTo(201);
        Matcher m = ID.matcher(share.body());
        assertThat(m.find()).isTrue();
        String event = "%\"actionId\":" + m.group(1) + "%";
        String select = "SELECT id FROM event_publication WHERE event_type LIKE '%ActionLogged'"
                + " AND serialized_event LIKE ? AND completion_date IS NOT NULL";
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        !jdbc.sql(select).param(event).query(UUID.class).list().isEmpty());
        UUID publication = jdbc.sql(select).param(event).query(UUID.class).single();

        // As after a listener that threw while the database was away, ten minutes ago.
        assertThat(jdbc.sql("""
                        UPDATE event_publication SET completion_date = NULL, status = 'FAILED',
                               publication_date = now() - interval '10 minutes'
                         WHERE id = ?""").param(publication).update()).isOne();

        retry.run();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql("SELECT completion_date IS NOT NULL FROM event_publication WHERE id = ?")
                        .param(publication)
                        .query(Boolean.class)
                        .single());
        assertThat(jdbc.sql("SELECT status FROM event_publication WHERE id = ?")
                        .param(publication)
                        .query(String.class)
                        .single())
                .isEqualTo("COMPLETED");
    }
}
