package vn.lantoa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.lantoa.newsroom.Drafts;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;

/** The back office's menu and dashboard for each demo role, against the real pages. */
@LanToaIntegrationTest
class BackOfficeTests {

    /** The demo staff accounts (README), one per back-office role. */
    static final List<String> STAFF = List.of("quantri", "bientap", "kiemduyet", "xuly", "quanly");

    /** Pages not in the menu, each with the page of the menu that links to it. */
    static final Map<String, String> SUB_PAGES = Map.of(
            "/quan-tri/bai-viet/moi", "/quan-tri/bai-viet",
            "/quan-tri/chien-dich/moi", "/quan-tri/chien-dich",
            "/quan-tri/van-ban/moi", "/quan-tri/van-ban",
            "/quan-tri/don-vi/nhap", "/quan-tri/don-vi",
            "/quan-tri/thanh-vien/nhap", "/quan-tri/thanh-vien",
            "/quan-tri/nguon-chinh-thong/moi", "/quan-tri/nguon-chinh-thong",
            "/quan-tri/thong-ke/bao-cao/cai-dat", "/quan-tri/thong-ke/bao-cao");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Drafts drafts;

    Browser signedIn(String username) {
        Browser browser = new Browser(port);
        assertThat(browser.signIn(username, LanToaIntegrationTest.DEMO_PASSWORD).statusCode())
                .isEqualTo(302);
        return browser;
    }

    static Document page(Browser browser, String path) {
        HttpResponse<String> response = browser.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.body()).as(path + ": every message exists").doesNotContain("??");
        return Jsoup.parse(response.body());
    }

    static List<String> menu(Document page) {
        return page.select("nav.lt-bo-nav ul a").eachAttr("href");
    }

    /** Every GET page under /quan-tri without a path variable (no downloads, no JSON). */
    Set<String> backOfficePages() {
        Set<String> pages = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean get = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            if (!get || isData(method)) {
                return;
            }
            info.getPatternValues().stream()
                    .filter(p -> p.equals("/quan-tri") || p.startsWith("/quan-tri/"))
                    .filter(p -> !p.contains("{") && !p.matches(".*\\.(xlsx|pdf|json|csv)$"))
                    .forEach(pages::add);
        });
        return pages;
    }

    private static boolean isData(HandlerMethod method) {
        return method.hasMethodAnnotation(ResponseBody.class)
                || method.getBeanType().isAnnotationPresent(ResponseBody.class)
                || org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(
                        method.getBeanType(), ResponseBody.class)
                || ResponseEntity.class.isAssignableFrom(method.getMethod().getReturnType());
    }

    @Test
    void everyBackOfficePageIsInTheMenuOfARoleThatOpensItOrLinkedFromSuchAPage() {
        Map<String, String> openedBy = new HashMap<>();
        for (String username : STAFF) {
            Browser browser = signedIn(username);
            for (String href : menu(page(browser, "/quan-tri"))) {
                openedBy.putIfAbsent(href, username);
            }
        }
        Set<String> pages = backOfficePages();
        assertThat(pages).as("the routes were found").contains("/quan-tri", "/quan-tri/bai-viet", "/quan-tri/phan-anh");
        for (String path : pages) {
            if (openedBy.containsKey(path)) {
                continue;
            }
            String parent = SUB_PAGES.get(path);
            assertThat(parent)
                    .as(path + " is neither in a menu nor listed as a sub-page")
                    .isNotNull();
            assertThat(openedBy)
                    .as(parent + " (parent of " + path + ") is in a menu")
                    .containsKey(parent);
            Browser browser = signedIn(openedBy.get(parent));
            assertThat(page(browser, parent).select("a[href=" + path + "], a[href^='" + path + "?']"))
                    .as(parent + " links to " + path)
                    .isNotEmpty();
            page(browser, path);
        }
    }

    @Test
    void eachRoleOpensEveryEntryOfItsMenuAndSeesItMarkedAsCurrent() {
        for (String username : STAFF) {
            Browser browser = signedIn(username);
            List<String> entries = menu(page(browser, "/quan-tri"));
            assertThat(entries).as(username).contains("/quan-tri").doesNotHaveDuplicates();
            for (String href : entries) {
                Document page = page(browser, href);
                assertThat(page.select("nav.lt-bo-nav a[aria-current=page]").eachAttr("href"))
                        .as(username + " on " + href)
                        .containsExactly(href);
            }
        }
    }

    @Test
    void eachRoleSeesOnlyTheEntriesOfItsWork() {
        Map<String, List<String>> menus = new LinkedHashMap<>();
        for (String username : STAFF) {
            menus.put(username, menu(page(signedIn(username), "/quan-tri")));
        }
        assertThat(menus.get("quantri"))
                .contains("/quan-tri/bai-viet", "/quan-tri/phan-anh", "/quan-tri/don-vi", "/quan-tri/nhat-ky");
        assertThat(menus.get("bientap"))
                .contains("/quan-tri/bai-viet")
                .doesNotContain("/quan-tri/phan-anh", "/quan-tri/nhat-ky");
        assertThat(menus.get("xuly"))
                .contains("/quan-tri/phan-anh")
                .doesNotContain("/quan-tri/bai-viet", "/quan-tri/don-vi");
        assertThat(menus.get("quanly"))
                .contains("/quan-tri/don-vi", "/quan-tri/ghi-nhan")
                .doesNotContain("/quan-tri/bai-viet", "/quan-tri/nhat-ky", "/quan-tri/cai-dat-trang");
        assertThat(menus.get("kiemduyet"))
                .contains("/quan-tri/bai-viet/chuyen-muc")
                .doesNotContain("/quan-tri/ghi-nhan");
    }

    @Test
    void aSubPageMarksTheEntryItBelongsTo() {
        Document page = page(signedIn("bientap"), "/quan-tri/bai-viet/moi");
        assertThat(page.select("nav.lt-bo-nav a[aria-current=page]").eachAttr("href"))
                .containsExactly("/quan-tri/bai-viet");
    }

    /** The figure of the tile titled {@code label} on the user's dashboard. */
    static long tile(Browser browser, String label) {
        Document page = page(browser, "/quan-tri");
        Element tile = page.select("li:has(.lt-tile)").stream()
                .filter(li -> li.select("h3").text().equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "no tile " + label + " in " + page.select("h3").eachText()));
        return Long.parseLong(tile.select(".lt-tile-value").text().replaceAll("[.,\\s]", ""));
    }

    @Test
    void anEditorsDraftsTileGrowsWithANewDraft() {
        Browser editor = signedIn("bientap");
        long before = tile(editor, "Bài nháp");
        drafts.startDraft(
                "Bài nháp kiểm thử " + UUID.randomUUID(),
                "Tóm tắt",
                "<p>Nội dung</p>",
                UUID.randomUUID().toString(),
                new CurrentUser(0, "bientap", "Trần Thị Biên", Set.of(Role.EDITOR), null));
        assertThat(tile(editor, "Bài nháp")).isEqualTo(before + 1);
        assertThat(page(editor, "/quan-tri").select("h3").eachText())
                .as("an editor sees no sharing or system figures")
                .doesNotContain("Ghi nhận chờ xác minh", "Dung lượng cơ sở dữ liệu", "Quá hạn xử lý");
    }

    long unit(String name) {
        return jdbc.sql("SELECT id FROM org_unit WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    @Test
    void aUnitManagersTilesCountOnlyTheirOwnBranch() {
        Browser admin = signedIn("quantri");
        Browser manager = signedIn("quanly");
        String label = "Văn bản chưa xác nhận đã đọc";
        long adminBefore = tile(admin, label);
        long managerBefore = tile(manager, label);

        // A directive to the other branch: the admin's figure grows, the Tiểu Cần manager's does not.
        assertThat(admin.postForm(
                                "/quan-tri/van-ban",
                                Map.of(
                                        "title",
                                        "Chỉ đạo Hùng Hòa " + UUID.randomUUID(),
                                        "body",
                                        "Nội dung",
                                        "unitIds",
                                        Long.toString(unit("Đảng ủy xã Hùng Hòa"))))
                        .statusCode())
                .isEqualTo(302);
        assertThat(tile(admin, label)).isEqualTo(adminBefore + 1);
        assertThat(tile(manager, label)).isEqualTo(managerBefore);

        // One to a unit inside Tiểu Cần: both grow.
        admin.postForm(
                "/quan-tri/van-ban",
                Map.of(
                        "title",
                        "Chỉ đạo Cầu Tre " + UUID.randomUUID(),
                        "body",
                        "Nội dung",
                        "unitIds",
                        Long.toString(unit("Chi bộ ấp Cầu Tre"))));
        assertThat(tile(admin, label)).isEqualTo(adminBefore + 2);
        assertThat(tile(manager, label)).isEqualTo(managerBefore + 1);
    }

    @Test
    void anAdminSeesTodaysFailedSignInsGrow() {
        Browser admin = signedIn("quantri");
        String label = "Đăng nhập thất bại hôm nay";
        long before = tile(admin, label);
        new Browser(port).signIn("bientap", "sai-mat-khau-" + UUID.randomUUID());
        assertThat(tile(admin, label)).isEqualTo(before + 1);
        assertThat(page(admin, "/quan-tri").select("h3").eachText())
                .contains("Dung lượng cơ sở dữ liệu", "Gửi thất bại trong 7 ngày", "Lượt truy cập hôm nay");
    }

    @Test
    void aHandlerSeesTheOpenCasesOfTheTriage() {
        Browser handler = signedIn("xuly");
        List<String> titles = page(handler, "/quan-tri").select("h3").eachText();
        assertThat(titles).contains("Vụ việc đang xử lý", "Quá hạn xử lý").doesNotContain("Bài nháp");
        long open = jdbc.sql("SELECT count(*) FROM rpt_cluster WHERE status IN ('NEW', 'IN_VERIFICATION')")
                .query(Long.class)
                .single();
        assertThat(tile(signedIn("quantri"), "Vụ việc đang xử lý"))
                .as("an admin counts every open case")
                .isEqualTo(open);
    }

    @Test
    void theMenuAndEveryTileSpeakEnglishOnRequest() {
        for (String username : STAFF) {
            Document page = page(signedIn(username), "/quan-tri?lang=en");
            assertThat(page.select("html").attr("lang")).isEqualTo("en");
            assertThat(page.select("nav.lt-bo-nav a[aria-current=page]").text()).isEqualTo("Dashboard");
            assertThat(page.select(".lt-tile")).as(username).isNotEmpty();
        }
    }
}
