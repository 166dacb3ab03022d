package vn.lantoa.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;
import vn.lantoa.sharing.ActionLogged;
import vn.lantoa.sharing.internal.ActionLogger;

/**
 * A Spring Modulith scenario across two modules: a member logs a share in {@code sharing}, which
 * publishes {@link ActionLogged} once; {@code statistics} hears it through the event registry and
 * counts the action in its rollups, without sharing knowing about statistics.
 */
@LanToaIntegrationTest
@EnableScenarios
class ShareCountedScenarioTests {

    @Autowired
    ActionLogger logger;

    @Autowired
    JdbcClient jdbc;

    private CurrentUser demoMember() {
        return jdbc.sql("SELECT id, username, display_name, scope_unit_id, member_id FROM acc_user WHERE username = ?")
                .param("thanhvien")
                .query((rs, n) -> new CurrentUser(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        Set.of(Role.MEMBER),
                        rs.getObject(4, Long.class),
                        rs.getObject(5, Long.class)))
                .single();
    }

    private int counted(long actionId) {
        return jdbc.sql("SELECT count(*) FROM stat_action WHERE action_id = ?")
                .param(actionId)
                .query(Integer.class)
                .single();
    }

    @Test
    void aLoggedShareIsPublishedOnceAndCountedByStatistics(Scenario scenario) {
        CurrentUser member = demoMember();
        String post = "https://www.facebook.com/permalink.php?story_fbid="
                + Math.abs(UUID.randomUUID().getMostSignificantBits()) + "&id=100012345";
        AtomicLong logged = new AtomicLong();

        scenario.stimulate(() -> {
                    var result = logger.logShare(
                            member,
                            new ActionLogger.ShareRequest(post, null, null),
                            UUID.randomUUID().toString());
                    logged.set(result.action().id());
                    return result;
                })
                .andWaitForStateChange(() -> counted(logged.get()), n -> n > 0)
                .andVerify((rows, result) -> {
                    assertThat(result.duplicate()).isFalse();
                    assertThat(rows).as("the action's cell in the rollups").isOne();
                });
        // The registry marks the publication complete just after the listener's transaction.
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(
                                jdbc.sql("SELECT count(*) FILTER (WHERE completion_date IS NOT NULL) || '/' || count(*)"
                                                + " FROM event_publication WHERE event_type LIKE '%ActionLogged'"
                                                + " AND serialized_event LIKE ?")
                                        .param("%\"actionId\":" + logged.get() + "%")
                                        .query(String.class)
                                        .single())
                        .as("ActionLogged published once to statistics (completed/all)")
                        .isEqualTo("1/1"));
    }
}
