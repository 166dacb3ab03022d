package vn.lantoa.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Zone;

@LanToaIntegrationTest
class ActionPartitionsTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void thisMonthAndTheNextTwoHaveTheirOwnPartitionAndNewActionsLandInIt() {
        YearMonth now = YearMonth.now(Zone.VIETNAM);
        for (int i = 0; i < 3; i++) {
            String name = "shr_action_" + DateTimeFormatter.ofPattern("yyyy_MM").format(now.plusMonths(i));
            assertThat(jdbc.sql(
                                    "SELECT count(*) FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE c.relname = ?")
                            .param(name)
                            .query(Long.class)
                            .single())
                    .as(name)
                    .isEqualTo(1);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM shr_action_default")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
