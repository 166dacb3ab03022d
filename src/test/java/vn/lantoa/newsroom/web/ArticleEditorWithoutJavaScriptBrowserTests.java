package vn.lantoa.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.platform.Chromium;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.WithChromium;

/**
 * The article editor in a browser whose JavaScript is switched off (as some locked-down office
 * browsers have it): the body's textarea is the editor, takes HTML, and the article is saved; none
 * of the controls only the script can make work is shown.
 */
@WithChromium(javaScript = false)
@LanToaIntegrationTest
class ArticleEditorWithoutJavaScriptBrowserTests {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /**
     * Presses a button from the keyboard and waits for the next page. (A click would land where the
     * button was before Bootstrap's smooth scroll got there, and no script can make it instant here.)
     */
    void pressToNextPage(WebElement button) {
        WebElement html = browser.findElement(By.tagName("html"));
        button.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(25)).until(Chromium.gone(html));
    }

    /** The whole page, not only the window (through DevTools, since no script runs in the page). */
    byte[] wholePage() {
        Map<String, Object> metrics = browser.executeCdpCommand("Page.getLayoutMetrics", Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Number> content = (Map<String, Number>) metrics.get("cssContentSize");
        Map<String, Object> shot = browser.executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                        "captureBeyondViewport",
                        true,
                        "clip",
                        Map.of(
                                "x", 0,
                                "y", 0,
                                "width", content.get("width"),
                                "height", content.get("height"),
                                "scale", 1)));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    @Test
    void thePublicMenuIsOpenOnAPhoneSinceItsButtonWouldDoNothing() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(url("/"));
        Files.write(
                Files.createDirectories(Path.of("target", "screenshots")).resolve("home-nojs-390.png"), wholePage());
        assertThat(browser.findElement(By.cssSelector(".navbar-toggler")).isDisplayed())
                .isFalse();
        assertThat(browser.findElement(By.cssSelector("#lt-public-nav a[href='/phan-anh']"))
                        .isDisplayed())
                .isTrue();
    }

    @Test
    void theFormWorksWithTheTextareaAloneAndShowsNoScriptOnlyControls() throws IOException {
        browser.manage().window().setSize(new Dimension(1366, 900));
        browser.get(url("/dang-nhap"));
        browser.findElement(By.id("username")).sendKeys("bientap");
        browser.findElement(By.id("password")).sendKeys(LanToaIntegrationTest.DEMO_PASSWORD);
        pressToNextPage(browser.findElement(By.cssSelector("form:has(#password) button[type=submit]")));
        browser.get(url(EditorSteps.NEW_ARTICLE));

        WebElement body = browser.findElement(By.id("bodyHtml"));
        assertThat(body.isDisplayed()).as("the textarea is the editor").isTrue();
        WebElement label = browser.findElement(By.cssSelector("label[for=bodyHtml]"));
        assertThat(label.isDisplayed()).isTrue();
        assertThat(label.getText()).isNotBlank();
        assertThat(browser.findElement(By.id("bodyHelp")).getText()).contains("JavaScript");
        assertThat(browser.findElements(By.cssSelector(".tox, .tox-tinymce"))).isEmpty();
        for (String scriptOnly : List.of(
                "lt-draft-offer", "lt-paste-notice", "lt-image-dialog", "lt-editor-status", "lt-editor-count")) {
            assertThat(browser.findElement(By.id(scriptOnly)).isDisplayed())
                    .as("#%s is not shown without JavaScript", scriptOnly)
                    .isFalse();
        }

        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        for (Dimension size : List.of(new Dimension(1366, 900), new Dimension(390, 844))) {
            browser.manage().window().setSize(size);
            Files.write(shots.resolve("editor-nojs-" + size.getWidth() + ".png"), wholePage());
            // axe cannot run here (its promises and timers never run with scripting off): the same
            // page is checked in ArticleEditorBrowserTests with the editor's scripts blocked.
            assertThat(browser.findElement(By.cssSelector(".lt-bo-toggle")).isDisplayed())
                    .as("the menu button, which needs JavaScript, is not shown at %s", size)
                    .isFalse();
            assertThat(browser.findElement(By.cssSelector(".lt-bo-nav a[href='/quan-tri/bai-viet']"))
                            .isDisplayed())
                    .as("the back-office menu is open instead at %s", size)
                    .isTrue();
        }
        browser.manage().window().setSize(new Dimension(1366, 900));

        String title =
                "Bài viết không cần JavaScript " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("title")).sendKeys(title);
        Select category = new Select(browser.findElement(By.id("categoryId")));
        category.selectByIndex(category.getOptions().size() - 1);
        String categoryId = category.getFirstSelectedOption().getAttribute("value");
        browser.findElement(By.id("summary")).sendKeys("Tóm tắt gõ trong ô văn bản.");
        body.sendKeys("<h2>Kết quả</h2><p>Hơn <strong>200</strong> đoàn viên ra quân.</p>"
                + "<p onclick=\"alert(1)\">Đoạn cuối.</p><script>alert(2)</script>");
        pressToNextPage(browser.findElement(By.id("save")));

        assertThat(browser.getCurrentUrl()).matches(".*/quan-tri/bai-viet/\\d+\\?luu.*");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
        assertThat(new Select(browser.findElement(By.id("categoryId")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo(categoryId);
        assertThat(browser.findElement(By.id("summary")).getAttribute("value"))
                .isEqualTo("Tóm tắt gõ trong ô văn bản.");
        String stored = browser.findElement(By.id("bodyHtml")).getAttribute("value");
        var doc = Jsoup.parseBodyFragment(stored);
        assertThat(doc.select("h2").text()).isEqualTo("Kết quả");
        assertThat(doc.select("p").eachText()).containsExactly("Hơn 200 đoàn viên ra quân.", "Đoạn cuối.");
        assertThat(doc.select("strong").text()).isEqualTo("200");
        assertThat(stored).doesNotContain("onclick", "<script", "alert(");
    }
}
