package vn.lantoa.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.lantoa.organization.internal.MemberExport;
import vn.lantoa.organization.internal.MemberSheet;
import vn.lantoa.organization.internal.UnitRows;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;

/**
 * A generated tree with three branches and a user of every role in each; every back-office and
 * API endpoint of the organization and accounts modules is tried with the ids of the other
 * branches. None may succeed; admins (the control) may.
 */
@LanToaIntegrationTest
class AccessMatrixTests {

    private static final String PASSWORD = "Ma-tran-kiem-tra-2026";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    MemberExport export;

    record Branch(String tag, long unit, long child, long member, long group, Map<Role, Long> users) {}

    @Test
    void noUserReachesAnythingOfAnotherBranchThroughAnyEndpoint() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long unitKind =
                jdbc.sql("SELECT min(id) FROM org_unit_kind").query(Long.class).single();
        long memberKind = jdbc.sql("SELECT min(id) FROM org_member_kind")
                .query(Long.class)
                .single();
        String hash = encoder.encode(PASSWORD);
        long root = unit(null, unitKind, "Gốc ma trận " + run);
        List<Branch> branches = new ArrayList<>();
        for (String tag : List.of("a", "b", "c")) {
            long unit = unit(root, unitKind, "Nhánh " + tag + " " + run);
            long child = unit(unit, unitKind, "Chi bộ " + tag + " " + run);
            long member = jdbc.sql("INSERT INTO org_member (unit_id, kind_id, full_name, phone) VALUES (?, ?, ?, ?)"
                            + " RETURNING id")
                    .params(child, memberKind, "Thành viên " + tag + " " + run, null)
                    .query(Long.class)
                    .single();
            long group = jdbc.sql("INSERT INTO org_sharing_group (unit_id, name, channel) VALUES (?, ?, 'ZALO')"
                            + " RETURNING id")
                    .params(unit, "Nhóm " + tag + " " + run)
                    .query(Long.class)
                    .single();
            jdbc.sql("INSERT INTO org_group_member (group_id, member_id) VALUES (?, ?)")
                    .params(group, member)
                    .update();
            Map<Role, Long> users = new LinkedHashMap<>();
            for (Role role : Role.values()) {
                long id = jdbc.sql("INSERT INTO acc_user (username, display_name, password_hash, scope_unit_id)"
                                + " VALUES (?, ?, ?, ?) RETURNING id")
                        .params(username(run, tag, role), "Người " + role + " " + tag, hash, unit)
                        .query(Long.class)
                        .single();
                jdbc.sql("INSERT INTO acc_user_role (user_id, role) VALUES (?, ?)")
                        .params(id, role.name())
                        .update();
                users.put(role, id);
            }
            branches.add(new Branch(tag, unit, child, member, group, users));
        }

        int attempts = 0;
        List<String> breaches = new ArrayList<>();
        for (Branch own : branches) {
            for (Role role : Role.values()) {
                if (role == Role.ADMIN) {
                    continue;
                }
                Browser browser = new Browser(port);
                assertThat(browser.signIn(username(run, own.tag(), role), PASSWORD)
                                .headers()
                                .firstValue("Location"))
                        .as("sign-in of " + role)
                        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
                browser.get("/");
                for (Branch other : branches) {
                    if (other == own) {
                        continue;
                    }
                    for (String path : gets(other)) {
                        attempts++;
                        HttpResponse<String> r =
                                browser.get(path, path.startsWith("/api/") ? "application/json" : "text/html");
                        if (r.statusCode() < 400) {
                            breaches.add(role + "@" + own.tag() + " GET " + path + " -> " + r.statusCode());
                        }
                    }
                    for (Map.Entry<String, Map<String, String>> post :
                            posts(run, own, other, unitKind, memberKind).entrySet()) {
                        attempts++;
                        browser.get("/");
                        HttpResponse<String> r = browser.postForm(post.getKey(), post.getValue());
                        if (r.statusCode() < 400) {
                            breaches.add(role + "@" + own.tag() + " POST " + post.getKey() + " -> " + r.statusCode());
                        }
                    }
                    for (String list : List.of(
                            "/quan-tri/don-vi",
                            "/quan-tri/thanh-vien",
                            "/quan-tri/nhom",
                            "/quan-tri/tai-khoan",
                            "/api/v1/to-chuc/don-vi")) {
                        attempts++;
                        String body = browser.get(list, list.startsWith("/api/") ? "application/json" : "text/html")
                                .body();
                        if (body.contains("Nhánh " + other.tag() + " " + run)
                                || body.contains("Thành viên " + other.tag() + " " + run)
                                || body.contains("Nhóm " + other.tag() + " " + run)
                                || body.contains(username(run, other.tag(), Role.MEMBER))) {
                            breaches.add(role + "@" + own.tag() + " list " + list + " shows branch " + other.tag());
                        }
                    }
                }
                attempts++;
                if (browser.get("/quan-tri/nhat-ky").statusCode() < 400) {
                    breaches.add(role + "@" + own.tag() + " reads the audit log");
                }
                // The export, through the service the download uses.
                attempts++;
                CurrentUser user = new CurrentUser(own.users().get(role), "x", "x", java.util.Set.of(role), own.unit());
                if (role == Role.UNIT_MANAGER) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    export.export(user, out);
                    var names = MemberSheet.read(new ByteArrayInputStream(out.toByteArray())).stream()
                            .map(l -> l.cells().getFirst())
                            .toList();
                    assertThat(names)
                            .as("control: own members exported")
                            .contains("Thành viên " + own.tag() + " " + run);
                    if (names.stream().anyMatch(n -> n.endsWith(run) && !n.contains(" " + own.tag() + " "))) {
                        breaches.add(role + "@" + own.tag() + " export shows another branch");
                    }
                }
            }
        }

        assertThat(attempts).isGreaterThan(400);
        assertThat(breaches).as("attempts that succeeded out of " + attempts).isEmpty();

        Branch b = branches.get(1);
        assertThat(jdbc.sql("SELECT name FROM org_unit WHERE id = ?")
                        .param(b.child())
                        .query(String.class)
                        .single())
                .isEqualTo("Chi bộ b " + run);
        assertThat(jdbc.sql("SELECT closed_at IS NULL AND parent_id = ? FROM org_unit WHERE id = ?")
                        .params(b.unit(), b.child())
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("SELECT full_name FROM org_member WHERE id = ?")
                        .param(b.member())
                        .query(String.class)
                        .single())
                .isEqualTo("Thành viên b " + run);
        assertThat(jdbc.sql("SELECT count(*) FROM org_group_member WHERE group_id = ?")
                        .param(b.group())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit WHERE name LIKE 'Xâm nhập%' || ?")
                        .param(run)
                        .query(Long.class)
                        .single())
                .isZero();

        // Control: the same requests succeed for an admin and for the branch's own manager.
        Browser admin = new Browser(port);
        admin.signIn(username(run, "a", Role.ADMIN), PASSWORD);
        assertThat(admin.get("/quan-tri/don-vi/" + b.child()).statusCode()).isEqualTo(200);
        assertThat(admin.get("/quan-tri/thanh-vien/" + b.member()).statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/v1/to-chuc/nhom/" + b.group(), "application/json")
                        .statusCode())
                .isEqualTo(200);
        Browser manager = new Browser(port);
        manager.signIn(username(run, "b", Role.UNIT_MANAGER), PASSWORD);
        assertThat(manager.get("/quan-tri/don-vi/" + b.child()).statusCode()).isEqualTo(200);
        assertThat(manager.get("/quan-tri/thanh-vien").body()).contains("Thành viên b " + run);
    }

    private static List<String> gets(Branch t) {
        return List.of(
                "/quan-tri/don-vi/" + t.unit(),
                "/quan-tri/don-vi/" + t.child(),
                "/quan-tri/thanh-vien/" + t.member(),
                "/quan-tri/nhom/" + t.group(),
                "/quan-tri/tai-khoan/" + t.users().get(Role.MEMBER),
                "/quan-tri/tai-khoan/" + t.users().get(Role.UNIT_MANAGER),
                "/api/v1/to-chuc/don-vi/" + t.unit(),
                "/api/v1/to-chuc/don-vi/" + t.unit() + "/cay",
                "/api/v1/to-chuc/nhom/" + t.group(),
                "/api/v1/to-chuc/nhom/" + t.group() + "/thanh-vien");
    }

    private static Map<String, Map<String, String>> posts(
            String run, Branch own, Branch t, long unitKind, long memberKind) {
        Map<String, Map<String, String>> posts = new LinkedHashMap<>();
        posts.put(
                "/quan-tri/don-vi",
                Map.of("parentId", "" + t.unit(), "kindId", "" + unitKind, "name", "Xâm nhập " + run));
        posts.put("/quan-tri/don-vi/" + t.child() + "/doi-ten", Map.of("name", "Xâm nhập " + run));
        posts.put("/quan-tri/don-vi/" + t.child() + "/chuyen", Map.of("parentId", "" + own.unit()));
        posts.put("/quan-tri/don-vi/" + own.child() + "/chuyen", Map.of("parentId", "" + t.unit()));
        posts.put("/quan-tri/don-vi/" + t.child() + "/dong", Map.of());
        posts.put(
                "/quan-tri/thanh-vien",
                Map.of("unitId", "" + t.unit(), "kindId", "" + memberKind, "fullName", "Xâm nhập " + run));
        posts.put(
                "/quan-tri/thanh-vien/" + t.member(),
                Map.of("unitId", "" + own.unit(), "kindId", "" + memberKind, "fullName", "Xâm nhập " + run));
        posts.put("/quan-tri/nhom", Map.of("unitId", "" + t.unit(), "name", "Xâm nhập " + run, "channel", "ZALO"));
        posts.put("/quan-tri/nhom/" + t.group() + "/thanh-vien", Map.of("memberId", "" + own.member()));
        posts.put("/quan-tri/nhom/" + own.group() + "/thanh-vien", Map.of("memberId", "" + t.member()));
        posts.put("/quan-tri/nhom/" + t.group() + "/thanh-vien/" + t.member() + "/xoa", Map.of());
        posts.put(
                "/quan-tri/tai-khoan",
                Map.of(
                        "username",
                        "xam-nhap-" + run,
                        "displayName",
                        "X",
                        "role",
                        "MEMBER",
                        "scopeUnitId",
                        "" + t.unit()));
        posts.put("/quan-tri/tai-khoan/" + t.users().get(Role.MEMBER) + "/moi-lai", Map.of());
        posts.put("/quan-tri/tai-khoan/" + t.users().get(Role.MEMBER) + "/trang-thai", Map.of("enabled", "false"));
        return posts;
    }

    private static String username(String run, String tag, Role role) {
        return "mt-" + run + "-" + tag + "-"
                + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private long unit(Long parent, long kind, String name) {
        return UnitRows.insert(jdbc, parent, kind, name);
    }
}
