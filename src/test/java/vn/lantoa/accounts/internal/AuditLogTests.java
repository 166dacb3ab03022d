package vn.lantoa.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

@LanToaIntegrationTest
class AuditLogTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate tx;

    @Test
    void anAuditEventIsWrittenInTheTransactionOfTheChangeAndRolledBackWithIt() {
        String kept = UUID.randomUUID().toString();
        String dropped = UUID.randomUUID().toString();
        tx.executeWithoutResult(s -> events.publishEvent(AuditEvent.of("test.kept", "test", kept, null)));
        tx.executeWithoutResult(s -> {
            events.publishEvent(AuditEvent.of("test.dropped", "test", dropped, null));
            s.setRollbackOnly();
        });
        assertThat(countTarget(kept)).isEqualTo(1);
        assertThat(countTarget(dropped)).isZero();
    }

    @Test
    void theDatabaseRefusesToChangeOrEraseTheLog() {
        tx.executeWithoutResult(s -> events.publishEvent(AuditEvent.of("test.immutable", "test", "x", null)));
        for (String sql : new String[] {
            "UPDATE acc_audit_log SET detail = 'forged'", "DELETE FROM acc_audit_log", "TRUNCATE acc_audit_log"
        }) {
            assertThatThrownBy(() -> jdbc.sql(sql).update()).as(sql).rootCause().hasMessageContaining("append-only");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM acc_audit_log")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void signInsReadsOfPersonalDataAndExportsAreLoggedWithTheAddress() {
        Browser wrong = new Browser(port);
        wrong.signIn("kiemduyet", "khong-dung-mat-khau");
        Browser admin = new Browser(port);
        admin.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);
        long lan = jdbc.sql("SELECT id FROM org_member WHERE full_name = 'Nguyễn Thị Lan'")
                .query(Long.class)
                .single();
        assertThat(admin.get("/quan-tri/thanh-vien/" + lan).statusCode()).isEqualTo(200);
        assertThat(admin.get("/quan-tri/thanh-vien/xuat.xlsx", "*/*").statusCode())
                .isEqualTo(200);

        assertThat(latest("login.failure", "kiemduyet")).isEqualTo("127.0.0.1");
        assertThat(latest("login.success", "quantri")).isEqualTo("127.0.0.1");
        assertThat(jdbc.sql("SELECT count(*) FROM acc_audit_log WHERE action = 'member.read' AND target_id = ?"
                                + " AND username = 'quantri'")
                        .param(String.valueOf(lan))
                        .query(Long.class)
                        .single())
                .isPositive();
        assertThat(latest("member.export", "quantri")).isEqualTo("127.0.0.1");

        String page =
                admin.get("/quan-tri/nhat-ky?nguoi=quantri&hanh-dong=member.").body();
        assertThat(page).contains("member.read", "member.export").doesNotContain("login.failure");
    }

    @Test
    void onlyAdminsMaySearchTheLog() {
        Browser manager = new Browser(port);
        manager.signIn("quanly", LanToaIntegrationTest.DEMO_PASSWORD);
        assertThat(manager.get("/quan-tri/nhat-ky").statusCode()).isEqualTo(403);
    }

    private long countTarget(String target) {
        return jdbc.sql("SELECT count(*) FROM acc_audit_log WHERE target_id = ?")
                .param(target)
                .query(Long.class)
                .single();
    }

    private String latest(String action, String username) {
        return jdbc.sql("SELECT address FROM acc_audit_log WHERE action = ? AND username = ? ORDER BY id DESC LIMIT 1")
                .params(action, username)
                .query(String.class)
                .single();
    }
}
