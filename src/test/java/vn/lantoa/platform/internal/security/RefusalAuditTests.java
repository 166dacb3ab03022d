package vn.lantoa.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/** Every refusal of a signed-in user is in the audit log: a role's 403 and another branch's 404. */
@LanToaIntegrationTest
class RefusalAuditTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberOpeningTheBackOfficeIsAudited() {
        Browser member = new Browser(port);
        member.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
        long before = refusals("thanhvien", "GET /quan-tri/bai-viet");
        assertThat(member.get("/quan-tri/bai-viet").statusCode()).isEqualTo(403);
        assertThat(refusals("thanhvien", "GET /quan-tri/bai-viet")).isEqualTo(before + 1);
        assertThat(member.get("/thanh-vien").statusCode()).isEqualTo(200);
        assertThat(refusals("thanhvien", "GET /thanh-vien"))
                .as("a page served is no refusal")
                .isZero();
    }

    @Test
    void aUnitManagerAskingForAnotherBranchsMemberIsAudited() {
        long foreign = jdbc.sql("SELECT id FROM org_member WHERE full_name = 'Võ Thị Nga'")
                .query(Long.class)
                .single();
        Browser manager = new Browser(port);
        manager.signIn("quanly", LanToaIntegrationTest.DEMO_PASSWORD);
        String path = "/quan-tri/thanh-vien/" + foreign;
        long before = refusals("quanly", "GET " + path);
        assertThat(manager.get(path).statusCode()).isEqualTo(404);
        assertThat(refusals("quanly", "GET " + path)).isEqualTo(before + 1);
    }

    @Test
    void anAnonymousVisitorSentToSignInIsNotARefusal() {
        assertThat(new Browser(port).get("/quan-tri").statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM acc_audit_log WHERE action = 'access.refused' AND username IS NULL")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private long refusals(String username, String detail) {
        return jdbc.sql("SELECT count(*) FROM acc_audit_log WHERE action = 'access.refused' AND username = ?"
                        + " AND detail = ?")
                .params(username, detail)
                .query(Long.class)
                .single();
    }
}
