package vn.lantoa.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.platform.LanToaIntegrationTest;

/**
 * A rebuild run by a role that does not own the rollup tables (the application's {@code lantoa_app}
 * of docs/operations.md, with the table rights of {@code ops/flyway/afterMigrate.sql}) keeps their
 * indexes instead of failing with "must be owner of index"; the owner drops them for speed. Both in
 * a transaction that is rolled back.
 */
@LanToaIntegrationTest
class RollupWriterRoleTests {

    @Autowired
    RollupWriter writer;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRoleThatDoesNotOwnTheRollupsKeepsTheirIndexesAndTheOwnerDropsThem() {
        StatisticsFixtures.roleIfMissing(jdbc, "lantoa_rollup_app");
        jdbc.sql("GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO lantoa_rollup_app")
                .update();

        List<RollupWriter.Index> asApplication = transaction.execute(status -> {
            status.setRollbackOnly();
            jdbc.sql("SET LOCAL ROLE lantoa_rollup_app").update();
            return writer.dropIndexes(RollupWriter.BULK);
        });
        List<RollupWriter.Index> asOwner = transaction.execute(status -> {
            status.setRollbackOnly();
            return writer.dropIndexes(RollupWriter.BULK);
        });

        assertThat(asApplication)
                .as("indexes dropped by a role that owns no rollup table")
                .isEmpty();
        assertThat(asOwner).as("indexes dropped by the owner").isNotEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_indexes WHERE tablename = ANY (?)")
                        .param(RollupWriter.BULK)
                        .query(Integer.class)
                        .single())
                .as("all back after the rollback")
                .isEqualTo(asOwner.size());
    }
}
