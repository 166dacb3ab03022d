package vn.lantoa.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.Chromium;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.internal.db.EmbeddedDatabase;
import vn.lantoa.platform.internal.db.OwnDatabase;

/**
 * Issue 16's stored XSS: a corpus of payloads (script tags, event handlers, {@code javascript:}
 * and {@code data:} URLs, SVG, attribute, style and JSON-LD breakouts, encoded variants) typed
 * into the text fields that are shown again — directives' titles and texts, groups' names and
 * invitation links, categories' names, units' names, public reports — and every page that shows
 * them opened in Chromium, where {@code alert}, {@code confirm}, {@code prompt} and {@code print}
 * count their calls and every Content-Security-Policy violation is kept. 0 of both, and each page
 * shows the payloads as text. On an application and database of its own.
 */
class StoredXssBrowserTests {

    /** Each payload carries its number, so that a page can be checked to show it as text. */
    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(2)>",
            "<svg onload=alert(3)>",
            "<svg><script>alert(4)</script></svg>",
            "\"><script>alert(5)</script>",
            "'><img src=x onerror=confirm(6)>",
            "\" onmouseover=\"alert(7)\" autofocus onfocus=\"alert(7)",
            "javascript:alert(8)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCg5KTwvc2NyaXB0Pg==",
            "<a href=\"javascript:alert(10)\">bấm 10</a>",
            "<iframe src=\"javascript:alert(11)\"></iframe>",
            "</script><script>alert(12)</script>",
            "</title><script>alert(13)</script>",
            "</textarea><script>alert(14)</script>",
            "\"}]</script><script>alert(15)</script>",
            "&lt;script&gt;alert(16)&lt;/script&gt;",
            "%3Cscript%3Ealert(17)%3C%2Fscript%3E",
            "<details open ontoggle=print(18)>",
            "<body onload=prompt(19)>",
            "<style>@import 'javascript:alert(20)';</style>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(21)>",
            "{{constructor.constructor('alert(22)')()}}",
            "${alert(23)}",
            "<scr<script>ipt>alert(24)</scr</script>ipt>");

    static Path dir;
    static EmbeddedDatabase database;
    static ConfigurableApplicationContext app;
    static int port;
    static JdbcClient jdbc;
    static ChromeDriver chrome;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("lantoa-xss");
        database = EmbeddedDatabase.start(dir.resolve("pg"), OwnDatabase.freePort());
        app = OwnDatabase.startApplication(database, dir.resolve("app"), true);
        port = OwnDatabase.port(app);
        jdbc = app.getBean(JdbcClient.class);
        chrome = Chromium.start();
        // Before any page's own script: the dialogs count their calls, and CSP violations are kept.
        chrome.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                        window.__ltCalls = [];
                        window.__ltCsp = [];
                        ['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
                          window[name] = function () { window.__ltCalls.push(name + ' ' + Array.from(arguments).join(',')); };
                        });
                        document.addEventListener('securitypolicyviolation', function (e) {
                          window.__ltCsp.push(e.violatedDirective + ' ' + e.blockedURI);
                        });
                        """));
        // The hook itself: a dialog called from the page is counted (else 0 would prove nothing).
        chrome.get("http://localhost:" + port + "/");
        chrome.executeScript("alert('thử')");
        assertThat(chrome.executeScript("return window.__ltCalls")).isEqualTo(List.of("alert thử"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (chrome != null) {
            chrome.quit();
        }
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
        if (dir != null) {
            FileSystemUtils.deleteRecursively(dir);
        }
    }

    private static long unit(String name) {
        return jdbc.sql("SELECT id FROM org_unit WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private static String path(HttpResponse<String> redirect) {
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(302);
        return redirect.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
    }

    /** Opens {@code path} in Chromium as the session of {@code who}; returns the dialogs called and the CSP violations. */
    private static List<String> open(Browser who, String path) {
        chrome.get("http://localhost:" + port + "/dang-nhap");
        chrome.manage().deleteAllCookies();
        for (String pair : who.cookieHeader().split("; ")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                chrome.manage().addCookie(new Cookie(pair.substring(0, eq), pair.substring(eq + 1)));
            }
        }
        chrome.get("http://localhost:" + port + path);
        new WebDriverWait(chrome, Duration.ofSeconds(20))
                .until(d -> "complete".equals(chrome.executeScript("return document.readyState")));
        // what an onload, onfocus or ontoggle would do happens within a moment of the load
        new WebDriverWait(chrome, Duration.ofSeconds(2))
                .until(d -> chrome.executeScript(
                        "return new Promise(r => requestAnimationFrame(() => setTimeout(() => r(true), 50)))"));
        List<String> found = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object> calls = (List<Object>) chrome.executeScript("return window.__ltCalls || []");
        @SuppressWarnings("unchecked")
        List<Object> csp = (List<Object>) chrome.executeScript("return window.__ltCsp || []");
        calls.forEach(c -> found.add(path + ": " + c));
        csp.forEach(c -> found.add(path + ": CSP " + c));
        return found;
    }

    private static String text() {
        // what is read, and what stands in form fields (a category's name is in its rename field)
        return (String) chrome.executeScript("return document.body.innerText + '\\n' + Array.from("
                + "document.querySelectorAll('input, textarea')).map(e => e.value).join('\\n')");
    }

    @Test
    void noPayloadRunsOnAnyPageThatShowsItAndEachIsShownAsText() {
        Browser admin = new Browser(port);
        admin.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);
        admin.get("/quan-tri");
        String target = Long.toString(unit("Đảng ủy xã Tiểu Cần"));
        Map<String, List<String>> pages = new LinkedHashMap<>(); // page -> payloads it must show
        List<String> directives = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (String payload : PAYLOADS) {
            String title = "VB " + payload;
            directives.add(path(
                    admin.postForm("/quan-tri/van-ban", Map.of("title", title, "body", payload, "unitIds", target))));
            pages.computeIfAbsent("/quan-tri/van-ban", k -> new ArrayList<>()).add(title);
            pages.put(directives.getLast(), List.of(title, payload));
            String group = "Nhóm " + payload;
            groups.add(
                    path(admin.postForm("/quan-tri/nhom", Map.of("unitId", target, "name", group, "channel", "ZALO"))));
            pages.computeIfAbsent("/quan-tri/nhom", k -> new ArrayList<>()).add(group);
            pages.put(groups.getLast(), List.of(group));
            admin.postForm("/quan-tri/bai-viet/chuyen-muc", Map.of("name", "CM " + payload));
        }
        pages.put(
                "/quan-tri/bai-viet/chuyen-muc",
                PAYLOADS.stream().map(p -> "CM " + p).toList());
        pages.put("/", List.of());

        // The last payload also becomes a unit's name, shown in the tree and on the unit's page.
        long renamed = unit("Chi bộ ấp Cầu Tre");
        admin.postForm("/quan-tri/don-vi/" + renamed + "/doi-ten", Map.of("name", PAYLOADS.getLast()));
        pages.put("/quan-tri/don-vi/" + renamed, List.of(PAYLOADS.getLast()));
        pages.put("/quan-tri/don-vi", List.of());

        // Public reports (the API, each from its own address because of the hourly limit), shown in triage.
        for (String payload : PAYLOADS.subList(0, 8)) {
            HttpResponse<String> filed = Browser.fromOwnLoopbackAddress(port)
                    .postJson(
                            "/api/v1/reports",
                            "{\"content\": " + json("Phản ánh sai sự thật " + payload)
                                    + ", \"category\": \"distortion\"," + " \"links\": []}",
                            false);
            assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        }
        pages.put("/quan-tri/phan-anh", List.of());
        Matcher cases = Pattern.compile("href=\"(/quan-tri/phan-anh/\\d+)\"")
                .matcher(admin.get("/quan-tri/phan-anh").body());
        for (int n = 0; n < 8 && cases.find(); n++) {
            pages.put(cases.group(1), List.of());
        }

        List<String> ran = new ArrayList<>();
        int shownAsText = 0;
        for (Map.Entry<String, List<String>> page : pages.entrySet()) {
            ran.addAll(open(admin, page.getKey()));
            String text = text();
            for (String expected : page.getValue()) {
                assertThat(text)
                        .as("%s shows %s as text", page.getKey(), expected)
                        .contains(expected.strip());
                shownAsText++;
            }
        }
        System.out.printf(
                "stored XSS: %d payloads, %d pages opened in Chromium, %d payloads checked shown as text,"
                        + " %d dialogs or CSP violations%n",
                PAYLOADS.size(), pages.size(), shownAsText, ran.size());
        assertThat(ran).as("dialogs called and CSP violations").isEmpty();
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
