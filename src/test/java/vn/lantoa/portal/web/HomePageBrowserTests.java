package vn.lantoa.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.platform.Axe;
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

    /** The public pages whose head and footer changed with ADR 0017, on a phone and a laptop, with axe-core. */
    @Test
    void thePublicPagesWithTheScriptFilledCounterPassAxeOnAPhoneAndALaptop() throws Exception {
        java.nio.file.Path shots =
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        for (var size : java.util.List.of(new Dimension(390, 844), new Dimension(1366, 900))) {
            browser.manage().window().setSize(size);
            for (String page : java.util.List.of("/", "/tim-kiem?q=chuyen%20doi%20so", "/gioi-thieu")) {
                browser.get("http://localhost:" + port + page);
                var counter = browser.findElement(By.cssSelector(".lt-visits"));
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> counter.isDisplayed());
                assertThat(Axe.violations(browser)).as(page + " at " + size).isEmpty();
                byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
                String name = "public" + page.replaceAll("[^a-z]+", "-") + size.width + ".png";
                java.nio.file.Files.write(shots.resolve(name), png);
            }
        }
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
