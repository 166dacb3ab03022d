package vn.lantoa.accounts.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/**
 * The accounts list is bounded by the unit subtree the organization module gives for the user's
 * scope, and names each account's scope unit: the unit manager of Tiểu Cần sees the accounts of
 * that subtree only, the administrator all of them.
 */
@LanToaIntegrationTest
class AccountListScopeTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String scopeNameOf(String username) {
        return jdbc.sql("SELECT u.name FROM acc_user a JOIN org_unit u ON u.id = a.scope_unit_id WHERE a.username = ?")
                .param(username)
                .query(String.class)
                .single();
    }

    private String list(String username) {
        Browser who = new Browser(port);
        who.signIn(username, LanToaIntegrationTest.DEMO_PASSWORD);
        return who.get("/quan-tri/tai-khoan").body();
    }

    @Test
    void aUnitManagerSeesTheAccountsOfTheSubtreeWithTheirUnitsAndTheAdministratorSeesAll() {
        String manager = list("quanly");
        assertThat(manager)
                .contains(">quanly</a>", "<td>" + scopeNameOf("quanly") + "</td>")
                .doesNotContain(">bientap</a>", ">quantri</a>");

        String admin = list("quantri");
        assertThat(admin)
                .contains(">quanly</a>", ">bientap</a>", ">quantri</a>")
                .contains("<td>" + scopeNameOf("bientap") + "</td>", "<td>" + scopeNameOf("quanly") + "</td>");
    }
}
