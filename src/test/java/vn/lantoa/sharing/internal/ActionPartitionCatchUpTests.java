package vn.lantoa.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Zone;

@LanToaIntegrationTest
class ActionPartitionCatchUpTests {

    @Autowired
    ActionPartitions partitions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void actionsLoggedBeforeTheirMonthHadAPartitionAreMovedIntoItWhenItIsCreated() {
        // A month nobody has prepared yet: its actions land in the default partition.
        YearMonth month = YearMonth.now(Zone.VIETNAM).plusMonths(7);
        String table = "shr_action_" + month.getYear() + "_" + String.format("%02d", month.getMonthValue());
        String post = "https://www.facebook.com/groups/1/posts/" + UUID.randomUUID();
        OffsetDateTime at =
                month.atDay(1).atStartOfDay(Zone.VIETNAM).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        long id = jdbc.sql("""
                        INSERT INTO shr_action (kind, member_id, unit_id, post_url, post_canonical, platform, state, created_at)
                        VALUES ('SHARE', 0, 0, ?, ?, 'FACEBOOK', 'VERIFIED', ?) RETURNING id""").params(post, post, at).query(Long.class).single();
        assertThat(whereIs(id)).isEqualTo("shr_action_default");

        transaction.executeWithoutResult(status -> partitions.ensure(month));
        transaction.executeWithoutResult(status -> partitions.ensure(month)); // a second node, or the next night

        assertThat(whereIs(id)).isEqualTo(table);
        assertThat(jdbc.sql("SELECT count(*) FROM shr_action WHERE id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM shr_action_default")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String whereIs(long id) {
        return jdbc.sql("SELECT tableoid::regclass::text FROM shr_action WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
