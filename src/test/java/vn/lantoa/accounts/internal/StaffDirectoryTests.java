package vn.lantoa.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.StaffDirectory;

@LanToaIntegrationTest
class StaffDirectoryTests {

    @Autowired
    StaffDirectory staff;

    @Autowired
    JdbcClient jdbc;

    private long userId(String username) {
        return jdbc.sql("SELECT id FROM acc_user WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    @Test
    void handlersAreListedByRoleWithTheirNamesAndScope() {
        var handlers = staff.withAnyRole(Set.of(Role.HANDLER));

        assertThat(handlers)
                .extracting(StaffDirectory.Staff::userId)
                .contains(userId("xuly"))
                .doesNotContain(userId("bientap"), userId("thanhvien"));
        assertThat(handlers)
                .filteredOn(s -> s.userId() == userId("xuly"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.displayName()).startsWith("Phạm Thị Xử");
                    assertThat(s.scopeUnitId()).isNotNull();
                });
        assertThat(staff.withAnyRole(Set.of())).isEmpty();
    }

    @Test
    void aNameIsFoundByAccountAndNothingForAnUnknownOne() {
        assertThat(staff.displayName(userId("bientap")))
                .hasValueSatisfying(n -> assertThat(n).isNotBlank());
        assertThat(staff.displayName(-1)).isEmpty();
    }
}
