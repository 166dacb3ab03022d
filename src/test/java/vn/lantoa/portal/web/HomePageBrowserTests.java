package vn.lantoa.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.WithChromium;

/** What a reader sees in a real browser. */
@WithChromium(freshCookies = true)
@LanToaIntegrationTest
class HomePageBrowserTests {

    @LocalServerPort
    int port;

    WebDriver browser;

    @Test
    void theHomePageRendersItsVietnameseTitleAndOpensAnArticle() {
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getTitle()).startsWith("Trang chủ – Trang thông tin điện tử");
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang"))
                .isEqualTo("vi");
        var featured = browser.findElement(By.cssSelector(".lt-featured h2 a"));
        String title = featured.getText();
        assertThat(title).isNotBlank();
        featured.click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.getTitle()).startsWith(title);
    }

    @Test
    void theFooterCounterIsFilledByTheScriptInTheReadersLanguage() {
        browser.get("http://localhost:" + port + "/");
        var counter = browser.findElement(By.cssSelector(".lt-visits"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> counter.isDisplayed());
        // the demo's starting total is in the thousands: Vietnamese groups digits with dots
        assertThat(counter.findElement(By.cssSelector(".lt-visits-total")).getText())
                .matches("\\d{1,3}(\\.\\d{3})+");
        assertThat(counter.getText()).contains("Thống kê truy cập", "Đang online", "Hôm nay");
        browser.findElement(By.linkText("English")).click();
        var english = browser.findElement(By.cssSelector(".lt-visits"));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> english.isDisplayed());
        assertThat(english.findElement(By.cssSelector(".lt-visits-total")).getText())
                .matches("\\d{1,3}(,\\d{3})+");
    }

    @Test
    void aReaderSwitchesToEnglishFromTheHeader() {
        browser.get("http://localhost:" + port + "/");
        browser.findElement(By.linkText("English")).click();
        assertThat(browser.getTitle()).startsWith("Home – ");
        assertThat(browser.findElement(By.cssSelector("html")).getAttribute("lang"))
                .isEqualTo("en");
    }
}
