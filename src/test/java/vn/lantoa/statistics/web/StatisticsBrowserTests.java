package vn.lantoa.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.platform.Axe;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.WithChromium;

/** The statistics page of a unit manager on a phone and a laptop: charts drawn, tables there, no axe violation. */
@WithChromium
@LanToaIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatisticsBrowserTests {

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeAll
    void signIn() {
        browser.get("http://localhost:" + port + "/dang-nhap");
        browser.findElement(By.id("username")).sendKeys("quanly");
        WebElement password = browser.findElement(By.id("password"));
        password.sendKeys(LanToaIntegrationTest.DEMO_PASSWORD);
        password.submit();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().contains("/dang-nhap"));
    }

    private void open(int width, int height, String query) throws Exception {
        browser.manage().window().setSize(new Dimension(width, height));
        browser.get("http://localhost:" + port + "/quan-tri/thong-ke" + query);
        chartsDrawn();
        Path shots = Path.of("target/screenshots");
        Files.createDirectories(shots);
        Files.write(
                shots.resolve("statistics-" + width + "x" + height + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        // The whole page too, for a person to look at (Chromium's full-page capture).
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> full = ((org.openqa.selenium.chrome.ChromeDriver) browser)
                .executeCdpCommand(
                        "Page.captureScreenshot",
                        java.util.Map.of(
                                "captureBeyondViewport",
                                true,
                                "format",
                                "png",
                                "clip",
                                java.util.Map.of(
                                        "x",
                                        0,
                                        "y",
                                        0,
                                        "width",
                                        width,
                                        "scale",
                                        1,
                                        "height",
                                        ((Number) ((JavascriptExecutor) browser)
                                                        .executeScript("return document.documentElement.scrollHeight;"))
                                                .intValue())));
        Files.write(
                shots.resolve("statistics-" + width + "x" + height + "-full.png"),
                java.util.Base64.getDecoder().decode((String) full.get("data")));
    }

    /** Every canvas has a Chart.js chart. */
    private void chartsDrawn() {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> (Boolean) ((JavascriptExecutor) d).executeScript("""
                        const canvases = document.querySelectorAll('#lt-stat-figures canvas');
                        return canvases.length > 0 && window.Chart !== undefined
                            && [...canvases].every(c => window.Chart.getChart(c) !== undefined);"""));
    }

    @Test
    void onAPhoneThePageHasItsChartsAndTablesAndNoAccessibilityViolation() throws Exception {
        open(390, 844, "?ky=YEAR");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("Thống kê: Đảng ủy xã Tiểu Cần");
        assertThat(browser.findElements(By.cssSelector("table.lt-stat-children tbody tr")))
                .isNotEmpty();
        Long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("no sideways scrolling on a phone").isLessThanOrEqualTo(0L);
        assertThat(Axe.violations(browser)).isEmpty();
    }

    @Test
    void onALaptopTheFormChangesThePeriodInPlaceAndADrillDownLinkOpensAChild() throws Exception {
        open(1366, 900, "");
        assertThat(Axe.violations(browser)).isEmpty();

        new Select(browser.findElement(By.id("lt-stat-kind"))).selectByValue("QUARTER");
        browser.findElement(By.cssSelector(".lt-stat-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("ky=QUARTER")
                        && d.findElement(By.id("lt-stat-period")).getText().startsWith("Kỳ Quý"));
        chartsDrawn();

        WebElement child = browser.findElement(By.cssSelector("table.lt-stat-children tbody tr th a"));
        String name = child.getText();
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", child);
        child.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.cssSelector("main h1")).getText().equals("Thống kê: " + name));
        assertThat(browser.getCurrentUrl()).contains("ky=QUARTER");
        assertThat(Axe.violations(browser)).isEmpty();
    }
}
