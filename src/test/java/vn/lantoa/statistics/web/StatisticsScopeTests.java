package vn.lantoa.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.web.BackOffice;

/** A unit manager sees their own subtree's figures only: on the page, in the drill-down and in the tiles. */
@LanToaIntegrationTest
class StatisticsScopeTests {

    private static final Pattern UNIT_LINK = Pattern.compile("don-vi=(\\d+)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatisticsBackOffice backOffice;

    private long unit(String name) {
        return jdbc.sql("SELECT id FROM org_unit WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private boolean within(long unitId, long scope) {
        return jdbc.sql(
                        "SELECT (SELECT path FROM org_unit WHERE id = ?) LIKE (SELECT path FROM org_unit WHERE id = ?) || '%'")
                .params(unitId, scope)
                .query(Boolean.class)
                .single();
    }

    private Browser manager() {
        Browser browser = new Browser(port);
        browser.signIn("quanly", LanToaIntegrationTest.DEMO_PASSWORD);
        browser.get("/quan-tri");
        return browser;
    }

    @Test
    void theManagerSeesTheirSubtreeAndEveryDrillDownLinkStaysInIt() {
        long tieuCan = unit("Đảng ủy xã Tiểu Cần");
        Browser manager = manager();
        HttpResponse<String> page = manager.get("/quan-tri/thong-ke");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Thống kê: Đảng ủy xã Tiểu Cần", "Chi bộ ấp Cầu Tre", "Theo đơn vị trực thuộc")
                .doesNotContain("Đảng ủy xã Hùng Hòa", "Chi bộ ấp Tân Trung");
        Matcher links = UNIT_LINK.matcher(page.body());
        int seen = 0;
        while (links.find()) {
            long linked = Long.parseLong(links.group(1));
            assertThat(within(linked, tieuCan)).as("link to unit %d", linked).isTrue();
            seen++;
        }
        assertThat(seen).isPositive();

        long cauTre = unit("Chi bộ ấp Cầu Tre");
        HttpResponse<String> drill = manager.get("/quan-tri/thong-ke?don-vi=" + cauTre + "&ky=YEAR");
        assertThat(drill.statusCode()).isEqualTo(200);
        assertThat(drill.body()).contains("Thống kê: Chi bộ ấp Cầu Tre", "Đảng ủy xã Tiểu Cần");
    }

    @Test
    void thePageLinksToThePeriodicReportOfTheSameUnitAndPeriod() {
        long cauTre = unit("Chi bộ ấp Cầu Tre");
        Browser manager = manager();
        HttpResponse<String> page = manager.get("/quan-tri/thong-ke?don-vi=" + cauTre + "&ky=YEAR");
        Matcher link = Pattern.compile(
                        "href=\"(/quan-tri/thong-ke/bao-cao\\?donVi=(\\d+)&amp;tu=([0-9-]+)&amp;den=([0-9-]+))\"")
                .matcher(page.body());
        assertThat(link.find()).as("a link to the report").isTrue();
        assertThat(Long.parseLong(link.group(2))).isEqualTo(cauTre);
        java.time.LocalDate from = java.time.LocalDate.parse(link.group(3));
        assertThat(from.getDayOfYear()).isEqualTo(1);
        assertThat(java.time.LocalDate.parse(link.group(4)))
                .isEqualTo(from.withMonth(12).withDayOfMonth(31));

        HttpResponse<String> report = manager.get(link.group(1).replace("&amp;", "&"));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("value=\"" + cauTre + "\" selected");
    }

    @Test
    void anotherBranchOrTheProvinceAboveIsNotFound() {
        Browser manager = manager();
        long hungHoa = unit("Đảng ủy xã Hùng Hòa");
        long province = jdbc.sql("SELECT parent_id FROM org_unit WHERE name = 'Đảng ủy xã Tiểu Cần'")
                .query(Long.class)
                .single();
        for (long other : new long[] {hungHoa, province, unit("Chi bộ ấp Tân Trung")}) {
            HttpResponse<String> response = manager.get("/quan-tri/thong-ke?don-vi=" + other);
            assertThat(response.statusCode()).as("unit %d", other).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Lượt chia sẻ");
        }
    }

    @Test
    void aReviewerHasNoStatistics() {
        Browser reviewer = new Browser(port);
        reviewer.signIn("kiemduyet", LanToaIntegrationTest.DEMO_PASSWORD);
        reviewer.get("/quan-tri");
        assertThat(reviewer.get("/quan-tri/thong-ke").statusCode()).isEqualTo(403);
    }

    @Test
    void badInputShowsThisMonthWithAMessageNotAnError() {
        Browser manager = manager();
        for (String bad : new String[] {
            "ky=abc", "ngay=31/02/2026", "ky=CUSTOM&tu=01/12/2026&den=01/01/2026", "don-vi=xyz", "ky=CUSTOM&tu=1/1/1000"
        }) {
            HttpResponse<String> response = manager.get("/quan-tri/thong-ke?" + bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(200);
            assertThat(response.body()).as(bad).contains("alert-warning");
        }
    }

    @Test
    void htmxGetsOnlyTheFigures() {
        Browser manager = manager();
        HttpResponse<String> fragment = manager.send(HttpRequest.newBuilder(URI.create(manager.base()
                        + "/quan-tri/thong-ke?ky=WEEK&ngay=" + URLEncoder.encode("02/12/2026", StandardCharsets.UTF_8)))
                .header("HX-Request", "true")
                .GET()
                .build());
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).startsWith("<div id=\"lt-stat-figures\"").doesNotContain("<html", "<form");
        assertThat(fragment.body()).contains("30/11/2026", "06/12/2026");
    }

    @Test
    void theTilesOfAManagerCountTheirSubtreeOnly() {
        long tieuCan = unit("Đảng ủy xã Tiểu Cần");
        CurrentUser quanly = new CurrentUser(99, "quanly", "Quản lý", Set.of(Role.UNIT_MANAGER), tieuCan);
        List<BackOffice.Tile> tiles = backOffice.tiles(quanly);
        assertThat(tiles)
                .extracting(BackOffice.Tile::labelKey)
                .containsExactly(
                        "statistics.tile.activeWeek",
                        "statistics.tile.activeMonth",
                        "statistics.tile.shares",
                        "statistics.tile.rebuttals",
                        "statistics.tile.silentUnits");
        assertThat(tiles).allSatisfy(t -> assertThat(t.href()).contains("don-vi=" + tieuCan));
        long openUnits = jdbc.sql("""
                        SELECT count(*) FROM org_unit WHERE closed_at IS NULL
                           AND path LIKE (SELECT path FROM org_unit WHERE id = ?) || '%'""").param(tieuCan).query(Long.class).single();
        assertThat(tiles.getLast().detailArgs()).containsExactly(openUnits);
        long members = jdbc.sql("""
                        SELECT count(*) FROM org_member m JOIN org_unit u ON u.id = m.unit_id WHERE m.status = 'ACTIVE'
                           AND u.path LIKE (SELECT path FROM org_unit WHERE id = ?) || '%'""").param(tieuCan).query(Long.class).single();
        assertThat(tiles.getFirst().value()).endsWith("/" + members);

        assertThat(backOffice.menu(quanly))
                .extracting(BackOffice.MenuEntry::href)
                .containsExactly("/quan-tri/thong-ke", "/quan-tri/tham-gia");
        CurrentUser reviewer = new CurrentUser(98, "kiemduyet", "Kiểm duyệt", Set.of(Role.REVIEWER), tieuCan);
        assertThat(backOffice.menu(reviewer)).isEmpty();
        assertThat(backOffice.tiles(reviewer)).isEmpty();
    }
}
