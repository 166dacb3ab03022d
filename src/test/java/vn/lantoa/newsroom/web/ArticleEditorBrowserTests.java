package vn.lantoa.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.platform.Axe;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.Chromium;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.WithChromium;

/**
 * The article editor as an editor uses it in Chromium: writing with structure and an image, pasting
 * real clipboards, a hostile paste, autosave after a reload, two editors on one article, and axe.
 * Every page counts the alert() calls and CSP violations it saw (installed before any script runs).
 */
@WithChromium
@LanToaIntegrationTest
class ArticleEditorBrowserTests {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    EditorSteps steps;

    @BeforeAll
    static void openBrowser() {
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", EditorSteps.WATCH));
    }

    @BeforeEach
    void freshWindow() {
        browser.manage().window().setSize(new Dimension(1366, 900));
        steps = new EditorSteps(browser, port);
    }

    // --- a person's steps (EditorSteps, shared with the other editor test classes)

    void signInAs(String username) {
        steps.signInAs(username);
    }

    void openEditor(String path) {
        steps.openEditor(path);
    }

    void typeInEditor(CharSequence... keys) {
        steps.typeInEditor(keys);
    }

    Object js(String script, Object... args) {
        return steps.js(script, args);
    }

    void paste(String html) {
        steps.paste(html);
    }

    String editorHtml() {
        return steps.editorHtml();
    }

    void press(String id) {
        steps.press(id);
    }

    void click(WebElement element) {
        steps.click(element);
    }

    Document storedBody() {
        return steps.storedBody();
    }

    long alerts() {
        return steps.alerts();
    }

    List<String> cspViolations() {
        return steps.cspViolations();
    }

    <T> T waitUntil(java.util.function.Function<org.openqa.selenium.WebDriver, T> condition) {
        return steps.waitUntil(condition);
    }

    String url(String path) {
        return steps.url(path);
    }

    static String fixture(String name) {
        return EditorSteps.fixture(name);
    }

    String newArticleWith(String title) {
        return steps.newArticleWith(title);
    }

    // --- the tests

    @Test
    void anEditorWritesWithStructureAndAnImageAndTheReviewerPublishesItAsWritten() throws IOException {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        signInAs("bientap");
        newArticleWith("Đoàn viên Tiểu Cần ra quân Chủ nhật xanh " + marker);

        typeInEditor("Sáng Chủ nhật, hơn 200 đoàn viên ra quân dọn vệ sinh kênh rạch.");
        js("""
                var ed = tinymce.activeEditor;
                ed.selection.select(ed.getBody().lastChild, true); ed.selection.collapse(false);
                ed.execCommand('mceInsertContent', false, '<h2>Kết quả ra quân</h2><p>Nạo vét 3 km kênh nội đồng</p>'
                    + '<p>Xem thêm: <a href="https://thanhnien.vn/chu-nhat-xanh">báo Thanh Niên</a></p>');
                ed.execCommand('mceInsertTable', false, {rows: 2, columns: 2});
                var item = Array.from(ed.getBody().querySelectorAll('p'))
                    .find(function (p) { return p.textContent.indexOf('Nạo vét') === 0; });
                ed.selection.setCursorLocation(item.firstChild, 3);""");
        click(browser.findElement(By.cssSelector("button[aria-label='Danh sách dấu chấm']")));
        assertThat(editorHtml()).contains("<ul>", "<table", "<h2>");

        // The image, after the link's paragraph: alt text is required before anything is inserted.
        js("""
                var ed = tinymce.activeEditor;
                var p = Array.from(ed.getBody().querySelectorAll('p'))
                    .find(function (e) { return e.textContent.indexOf('Xem thêm') === 0; });
                ed.selection.select(p, true); ed.selection.collapse(false);""");
        click(browser.findElement(By.cssSelector("button[aria-label='Chèn ảnh có chú thích']")));
        WebElement dialog = waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("lt-image-dialog")));
        Path photo = Files.createTempFile("ra-quan", ".jpg");
        try (InputStream in = getClass().getResourceAsStream("/demo/photos/raindrops.jpg")) {
            Files.write(photo, in.readAllBytes());
        }
        dialog.findElement(By.id("lt-image-file")).sendKeys(photo.toString());
        dialog.findElement(By.id("lt-image-caption")).sendKeys("Đoàn viên nạo vét kênh Ba Tiệm.");
        dialog.findElement(By.id("lt-image-credit")).sendKeys("Thanh Quang");
        dialog.findElement(By.id("lt-image-insert")).click();
        assertThat(dialog.isDisplayed())
                .as("no alt text: the dialog stays open")
                .isTrue();
        assertThat(editorHtml()).doesNotContain("<figure");
        dialog.findElement(By.id("lt-image-alt")).sendKeys("Đoàn viên đứng dưới kênh nạo vét bùn");
        dialog.findElement(By.id("lt-image-insert")).click();
        waitUntil(d -> editorHtml().contains("<figure"));
        assertThat(browser.findElement(By.id("lt-editor-count")).getText())
                .contains("từ")
                .contains("phút đọc");

        press("save");
        assertThat(browser.getCurrentUrl()).contains("?luu");
        Document stored = storedBody();
        assertThat(stored.select("h2").text()).isEqualTo("Kết quả ra quân");
        assertThat(stored.select("ul > li").eachText()).containsExactly("Nạo vét 3 km kênh nội đồng");
        assertThat(stored.select("p").first().text())
                .isEqualTo("Sáng Chủ nhật, hơn 200 đoàn viên ra quân dọn vệ sinh kênh rạch.");
        assertThat(stored.select("table tr")).hasSize(2);
        assertThat(stored.select("a[href=https://thanhnien.vn/chu-nhat-xanh]").text())
                .isEqualTo("báo Thanh Niên");
        assertThat(stored.select("figure img").attr("src")).matches("/media/\\d+/article\\.jpg");
        press("action-submit");

        signInAs("kiemduyet");
        browser.get(browser.getCurrentUrl());
        browser.get(url("/quan-tri/bai-viet?trang-thai=submitted"));
        browser.findElement(By.partialLinkText(marker)).click();
        press("action-approve");
        press("action-publish");
        browser.manage().deleteAllCookies();
        browser.get(url("/bai-viet/doan-vien-tieu-can-ra-quan-chu-nhat-xanh-" + marker));
        WebElement body = browser.findElement(By.cssSelector(".lt-body"));
        assertThat(body.findElement(By.tagName("h2")).getText()).isEqualTo("Kết quả ra quân");
        assertThat(body.findElements(By.cssSelector("ul > li"))).hasSize(1);
        assertThat(body.findElements(By.cssSelector("table tr"))).hasSize(2);
        assertThat(body.findElement(By.cssSelector("a[href='https://thanhnien.vn/chu-nhat-xanh']"))
                        .getText())
                .isEqualTo("báo Thanh Niên");
        WebElement img = body.findElement(By.cssSelector("figure img"));
        assertThat(img.getAttribute("alt")).isEqualTo("Đoàn viên đứng dưới kênh nạo vét bùn");
        assertThat(((Number) js("return arguments[0].naturalWidth", img)).intValue())
                .as("the image is served")
                .isPositive();
        assertThat(body.findElement(By.cssSelector("figure figcaption")).getText())
                .isEqualTo("Đoàn viên nạo vét kênh Ba Tiệm. Ảnh: Thanh Quang");
        assertThat(alerts()).isZero();
        assertThat(cspViolations()).isEmpty();
    }

    @Test
    void pastesFromWordGoogleDocsLibreOfficeAndANewsSiteKeepTheirStructure() {
        signInAs("bientap");

        newArticleWith("Dán từ Word " + UUID.randomUUID());
        paste(fixture("word.html"));
        press("save");
        Document word = storedBody();
        assertThat(word.select("h2").eachText())
                .containsExactly("Hội nghị sơ kết 6 tháng đầu năm công tác tuyên giáo", "Kết quả nổi bật");
        assertThat(word.select("ul > li").eachText())
                .containsExactly(
                        "Tổ chức 124 buổi sinh hoạt chuyên đề tại các chi bộ;",
                        "Phát triển 35 nhóm Zalo chia sẻ thông tin tích cực;",
                        "Đăng tải 410 tin, bài phản bác quan điểm sai trái.");
        assertThat(word.select("strong").eachText()).contains("sơ kết công tác tuyên giáo", "Đơn vị");
        assertThat(word.select("em").eachText()).containsExactly("6 tháng cuối năm");
        assertThat(word.select("td").eachText()).containsExactly("Đơn vị", "Số buổi sinh hoạt", "Xã Hùng Hòa", "42");
        assertThat(word.html()).doesNotContain("style=", "class=", "mso", "<o:p", "<!--", "<span", "file:");

        newArticleWith("Dán từ Google Docs " + UUID.randomUUID());
        paste(fixture("google-docs.html"));
        assertThat(browser.findElement(By.id("lt-paste-notice")).getText())
                .as("the editor is told that the Docs picture was not kept")
                .startsWith("1 ảnh");
        press("save");
        Document docs = storedBody();
        assertThat(docs.select("strong").eachText()).containsExactly("Ngày Chủ nhật xanh", "Chi đoàn", "Số đoàn viên");
        assertThat(docs.select("em").eachText()).containsExactly("nạo vét 3 km kênh nội đồng");
        assertThat(docs.select("h3").text()).isEqualTo("Phân công các chi đoàn");
        assertThat(docs.select("ol > li")).hasSize(2);
        assertThat(docs.select("a").attr("href")).isEqualTo("https://thanhnien.vn/chu-nhat-xanh");
        assertThat(docs.html()).doesNotContain("style=", "docs-internal", "<span", "googleusercontent");

        newArticleWith("Dán từ LibreOffice " + UUID.randomUUID());
        paste(fixture("libreoffice.html"));
        press("save");
        Document libre = storedBody();
        assertThat(libre.select("h2").text()).isEqualTo("Chuyển đổi số ở cơ sở");
        assertThat(libre.select("ul > li")).hasSize(2);
        assertThat(libre.select("blockquote").text()).contains("Không để ai bị bỏ lại phía sau");
        assertThat(libre.html()).doesNotContain("<font", "style=");

        newArticleWith("Dán từ trang báo " + UUID.randomUUID());
        paste(fixture("news-site.html"));
        press("save");
        Document news = storedBody();
        assertThat(news.select("figcaption").text()).contains("Ảnh: Thanh Quang");
        assertThat(news.select("strong").text()).isEqualTo("124 điểm cầu");
        assertThat(news.select("a").attr("href")).isEqualTo("https://baotinh.example/toan-van-nghi-quyet.html");
        assertThat(news.html()).doesNotContain("class=", "style=", "data-", "cdn.baotinh.example");
        assertThat(alerts()).isZero();
    }

    @Test
    void aHostilePasteLeavesNothingThatRunsInTheEditorTheStoreOrThePreview() {
        signInAs("bientap");
        newArticleWith("Dán nội dung độc hại " + UUID.randomUUID());
        paste(fixture("hostile.html"));
        assertThat(editorHtml()).contains("Đoạn văn cuối cùng vẫn còn.");
        assertThat(alerts()).as("alert() calls in the editor page").isZero();
        long frameAlerts = ((Number)
                        js("return document.querySelector('iframe.tox-edit-area__iframe').contentWindow.__alerts || 0"))
                .longValue();
        assertThat(frameAlerts).as("alert() calls in the editing frame").isZero();

        press("save");
        String stored = storedBody().html().toLowerCase();
        assertThat(stored)
                .contains("đoạn văn cuối cùng vẫn còn.")
                .doesNotContain("<script", "javascript:", "onerror", "onload", "onclick", "ontoggle", "<svg")
                .doesNotContain("<style", "<object", "<embed", "<form", "srcdoc", "data:", "<iframe", "<math");

        // The preview renders the stored kind of HTML in the public layout: nothing to block there.
        // (Opened in this tab, so the page watch installed on it applies; people get a new tab.)
        js("document.getElementById('preview').removeAttribute('formtarget')");
        press("preview");
        assertThat(browser.findElement(By.cssSelector(".lt-article .lt-body")).getText())
                .contains("Đoạn văn cuối cùng vẫn còn.");
        assertThat(alerts()).isZero();
        assertThat(cspViolations())
                .as("the preview has nothing the CSP must block")
                .isEmpty();
    }

    @Test
    void theDraftIsOfferedBackAfterAReloadFromThisDeviceAndFromTheServer() {
        signInAs("bientap");
        browser.get(url(EditorSteps.NEW_ARTICLE));
        js("localStorage.clear()");
        steps.discardServerDraft("new");
        String title = newArticleWith("Bài đang viết dở " + UUID.randomUUID());
        typeInEditor("Đồng chí Bí thư nhấn mạnh vai trò của tuyên truyền viên ở cơ sở.");
        waitUntil(d -> {
            String draft = steps.localDraft();
            return draft != null && draft.contains("tuyên truyền viên");
        });

        browser.navigate().refresh();
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("lt-draft-offer")));
        assertThat(editorHtml()).as("offered, not applied by itself").doesNotContain("tuyên truyền viên");
        browser.findElement(By.id("lt-draft-restore")).click();
        assertThat(editorHtml()).contains("Đồng chí Bí thư nhấn mạnh vai trò của tuyên truyền viên ở cơ sở.");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);

        // The server's copy: this device forgets, the draft is still offered.
        waitUntil(d -> d.findElement(By.id("lt-editor-saved")).getText().startsWith("Đã tự lưu bản nháp"));
        js("localStorage.clear()");
        browser.navigate().refresh();
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("lt-draft-offer")));
        browser.findElement(By.id("lt-draft-restore")).click();
        assertThat(editorHtml()).contains("tuyên truyền viên ở cơ sở");

        press("save");
        steps.openEditorAndCheckDrafts(EditorSteps.NEW_ARTICLE);
        assertThat(browser.findElement(By.id("lt-draft-offer")).isDisplayed())
                .as("a saved draft is not offered again")
                .isFalse();
    }

    /**
     * A shared office computer: one person's draft is never offered to the next, leaves the browser
     * at sign-out, and is not lost by it, because the last words typed go to the server first.
     */
    @Test
    void aDraftIsOfferedOnlyToItsWriterAndAtSignOutLeavesTheBrowserForTheServer() {
        signInAs("kiemduyet");
        browser.get(url(EditorSteps.NEW_ARTICLE));
        steps.discardServerDraft("new");
        signInAs("bientap");
        browser.get(url(EditorSteps.NEW_ARTICLE));
        steps.discardServerDraft("new");
        js("localStorage.clear()");
        String title = newArticleWith("Bản nháp trên máy dùng chung " + UUID.randomUUID());
        typeInEditor("Nội dung chỉ người viết được thấy.");
        waitUntil(d -> {
            String draft = steps.localDraft();
            return draft != null && draft.contains("người viết");
        });

        // The writer walks away without signing out; a colleague signs in at the same computer.
        signInAs("kiemduyet");
        steps.openEditorAndCheckDrafts(EditorSteps.NEW_ARTICLE);
        assertThat(browser.findElement(By.id("lt-draft-offer")).isDisplayed())
                .as("another user's draft is not offered")
                .isFalse();
        assertThat(steps.localDraftKeys())
                .as("the writer's draft is still in this browser, under the writer's key")
                .hasSize(1)
                .noneMatch(k -> k.equals(localDraftKeyOfThisPage()));

        // The writer comes back, restores the draft, adds a sentence and signs out straight away.
        signInAs("bientap");
        steps.openEditorAndCheckDrafts(EditorSteps.NEW_ARTICLE);
        assertThat(browser.findElement(By.id("lt-draft-offer")).isDisplayed()).isTrue();
        browser.findElement(By.id("lt-draft-restore")).click();
        steps.typeAtEndOfEditor(" Câu viết ngay trước khi đăng xuất.");
        WebElement signOut = browser.findElement(By.cssSelector("form[action='/dang-xuat'] button"));
        click(signOut);
        waitUntil(Chromium.gone(signOut));
        waitUntil(ExpectedConditions.urlContains("/dang-nhap"));
        assertThat(steps.localDraftKeys())
                .as("no editor draft is left in the browser")
                .isEmpty();

        signInAs("bientap");
        steps.openEditorAndCheckDrafts(EditorSteps.NEW_ARTICLE);
        assertThat(browser.findElement(By.id("lt-draft-offer")).isDisplayed())
                .as("offered from the server's copy")
                .isTrue();
        browser.findElement(By.id("lt-draft-restore")).click();
        assertThat(steps.storedBody().text()).isEmpty();
        assertThat(Jsoup.parseBodyFragment(editorHtml()).text())
                .isEqualTo("Nội dung chỉ người viết được thấy. Câu viết ngay trước khi đăng xuất.");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
        steps.discardServerDraft("new");

        // Signing out from any other page removes them too (nothing to wait for there).
        browser.get(url("/quan-tri"));
        js("localStorage.setItem('lantoa.editor.draft.999.a1', '{}')");
        signOut = browser.findElement(By.cssSelector("form[action='/dang-xuat'] button"));
        click(signOut);
        waitUntil(ExpectedConditions.urlContains("/dang-nhap"));
        assertThat(steps.localDraftKeys()).isEmpty();
    }

    String localDraftKeyOfThisPage() {
        return (String) js("var d = document.getElementById('lt-editor').dataset;"
                + " return 'lantoa.editor.draft.' + d.draftUser + '.' + d.draftKey;");
    }

    @Test
    void aSecondEditorSavingAnOlderVersionIsShownTheDifferencesNotSilentlyOverwritten() {
        signInAs("bientap");
        newArticleWith("Bài hai người cùng sửa " + UUID.randomUUID());
        typeInEditor("Đoạn đầu tiên của bài.");
        press("save");
        String editPath =
                browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");
        String category = browser.findElement(By.id("categoryId")).getAttribute("value");
        String version = browser.findElement(By.name("version")).getAttribute("value");
        String title = browser.findElement(By.id("title")).getAttribute("value");

        // Another editor, in another browser, saves first.
        Browser other = new Browser(port);
        other.signIn("bientap", LanToaIntegrationTest.DEMO_PASSWORD);
        other.get(editPath);
        var saved = other.postForm(
                editPath,
                Map.of(
                        "title", title,
                        "categoryId", category,
                        "version", version,
                        "bodyHtml", "<p>Đoạn đầu tiên của bài.</p><p>Đoạn của người thứ hai.</p>"));
        assertThat(saved.statusCode()).isEqualTo(302);

        typeInEditor(" Câu thêm của người thứ nhất.");
        press("save");
        WebElement conflict = browser.findElement(By.id("lt-conflict"));
        assertThat(browser.findElement(By.cssSelector(".alert-danger")).getText())
                .startsWith("Chưa lưu: bientap đã lưu");
        assertThat(conflict.findElements(By.cssSelector("del")))
                .extracting(WebElement::getText)
                .anyMatch(t -> t.contains("Đoạn của người thứ hai."));
        assertThat(conflict.findElements(By.cssSelector("ins")))
                .extracting(WebElement::getText)
                .anyMatch(t -> t.contains("Câu thêm của người thứ nhất."));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lt-editor.lt-editor-ready")));
        assertThat(editorHtml()).as("the second editor's text is kept").contains("Câu thêm của người thứ nhất.");
    }

    /**
     * The fallback form as a browser without JavaScript shows it (see the class
     * ArticleEditorWithoutJavaScriptBrowserTests, where axe itself cannot run): here the editor's
     * scripts are blocked and the page's noscript style sheet is applied, then axe checks it.
     */
    @Test
    void theFormWithoutTheEditorsScriptsHasNoAccessibilityViolations() {
        signInAs("bientap");
        browser.executeCdpCommand("Network.enable", Map.of());
        browser.executeCdpCommand(
                "Network.setBlockedURLs", Map.of("urls", List.of("*/webjars/tinymce/*", "*/newsroom/editor.js")));
        try {
            for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
                browser.manage().window().setSize(size);
                browser.get(url(EditorSteps.NEW_ARTICLE));
                js("""
                        var link = document.createElement('link');
                        link.rel = 'stylesheet'; link.href = '/css/noscript.css';
                        link.onload = function () { window.__noscriptCss = true; };
                        document.head.appendChild(link);""");
                waitUntil(d -> Boolean.TRUE.equals(js("return window.__noscriptCss === true")));
                assertThat(browser.findElement(By.id("bodyHtml")).isDisplayed()).isTrue();
                assertThat(browser.findElement(By.id("lt-editor-status")).isDisplayed())
                        .isFalse();
                assertThat(Axe.violations(browser)).as("axe at %s", size).isEmpty();
            }
        } finally {
            browser.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            browser.executeCdpCommand("Network.disable", Map.of());
        }
    }

    @Test
    void theEditorPageHasNoAccessibilityViolationsOnADesktopAndAPhone() throws IOException {
        signInAs("bientap");
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
            browser.manage().window().setSize(size);
            openEditor("/quan-tri/bai-viet/moi");
            Files.write(
                    shots.resolve("editor-" + size.getWidth() + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            assertThat(Axe.violations(browser)).as("axe at %s", size).isEmpty();
            click(browser.findElement(By.cssSelector("button[aria-label='Chèn ảnh có chú thích']")));
            waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("lt-image-dialog")));
            Files.write(
                    shots.resolve("editor-image-" + size.getWidth() + ".png"),
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            assertThat(Axe.violations(browser))
                    .as("axe with the image dialog at %s", size)
                    .isEmpty();
        }
    }
}
