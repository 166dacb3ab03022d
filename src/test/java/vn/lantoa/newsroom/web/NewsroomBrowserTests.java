package vn.lantoa.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.platform.Chromium;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.WithChromium;

/** The newsroom as people use it in a real browser. */
@WithChromium(freshCookies = true)
@LanToaIntegrationTest
class NewsroomBrowserTests {

    @LocalServerPort
    int port;

    WebDriver browser;

    void signInAs(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/dang-nhap"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(LanToaIntegrationTest.DEMO_PASSWORD);
        press("password");
    }

    /** Submits the form of the element and waits for the next page (submit() alone does not wait). */
    void press(String id) {
        WebElement element = browser.findElement(By.id(id));
        element.submit();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(Chromium.gone(element));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void anEditorWritesAndSubmitsAndAReviewerPublishes() {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String title = "Chi bộ ấp Cầu Tre học tập Nghị quyết " + marker;

        signInAs("bientap");
        browser.get(url("/quan-tri"));
        browser.findElement(By.linkText("Bài viết")).click();
        browser.findElement(By.linkText("Viết bài mới")).click();
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("summary")).sendKeys("Đảng viên chi bộ ấp Cầu Tre học tập, quán triệt Nghị quyết.");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#lt-editor.lt-editor-ready")));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript(
                        "tinymce.activeEditor.setContent(arguments[0]); tinymce.activeEditor.save()",
                        "<p>Sáng nay, chi bộ tổ chức học tập.</p><script>alert('x')</script>");
        browser.findElement(By.id("authorCredit")).sendKeys("Ngọc Hân");
        press("save");
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
                .isEqualTo("Đã lưu.");
        assertThat(browser.findElement(By.id("bodyHtml")).getAttribute("value")).doesNotContain("script");
        String editUrl = browser.getCurrentUrl().replaceFirst("\\?.*$", "");

        press("action-submit");
        assertThat(browser.findElement(By.cssSelector(".lt-status")).getText()).isEqualTo("Chờ duyệt");
        assertThat(browser.findElements(By.id("action-approve")))
                .as("an editor cannot approve")
                .isEmpty();

        signInAs("kiemduyet");
        browser.get(url("/quan-tri/bai-viet?trang-thai=submitted"));
        browser.findElement(By.linkText(title)).click();
        assertThat(browser.getCurrentUrl()).isEqualTo(editUrl);
        press("action-approve");
        assertThat(browser.findElement(By.cssSelector(".lt-status")).getText()).isEqualTo("Đã duyệt");
        press("action-publish");
        assertThat(browser.findElement(By.cssSelector(".lt-status")).getText()).isEqualTo("Đã xuất bản");
        assertThat(browser.findElement(By.id("history-heading")).isDisplayed()).isTrue();

        browser.manage().deleteAllCookies();
        browser.get(url("/bai-viet/chi-bo-ap-cau-tre-hoc-tap-nghi-quyet-" + marker));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
    }

    @Test
    void anEditorIsToldWhyAnSvgCoverIsRefused() throws Exception {
        signInAs("bientap");
        browser.get(url("/quan-tri/bai-viet/moi"));
        java.nio.file.Path svg = java.nio.file.Files.createTempFile("bia", ".jpg");
        java.nio.file.Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        browser.findElement(By.id("title")).sendKeys("Ảnh bìa sai loại " + UUID.randomUUID());
        browser.findElement(By.id("cover")).sendKeys(svg.toString());
        browser.findElement(By.id("coverAlt")).sendKeys("Ảnh minh họa");
        press("save");
        assertThat(browser.findElement(By.cssSelector(".alert-danger")).getText())
                .startsWith("Chỉ nhận ảnh JPEG, PNG hoặc WebP");
        assertThat(browser.findElement(By.id("title")).getAttribute("value")).startsWith("Ảnh bìa sai loại");
    }
}
