package vn.lantoa.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.platform.Axe;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.WithChromium;
import vn.lantoa.platform.Zone;

/**
 * A unit manager asks for a report in a real browser, watches the progress bar that htmx polls and
 * gets the download link; the page has no WCAG 2.1 AA violation on a phone and a desktop.
 */
@WithChromium
@LanToaIntegrationTest
class ReportBrowserTests {

    @LocalServerPort
    int port;

    static WebDriver browser;

    @Test
    void aManagerMakesAReportAndTheProgressTurnsIntoADownloadLink() throws Exception {
        String base = "http://localhost:" + port;
        browser.get(base + "/dang-nhap");
        browser.findElement(By.id("username")).sendKeys("quanly");
        browser.findElement(By.id("password")).sendKeys(LanToaIntegrationTest.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form[action='/dang-nhap'] button[type=submit]"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().contains("/dang-nhap"));

        for (Dimension size : new Dimension[] {new Dimension(390, 844), new Dimension(1366, 900)}) {
            browser.manage().window().setSize(size);
            browser.get(base + StatisticsRoutes.REPORT);
            assertThat(Axe.violations(browser)).as("axe at " + size).isEmpty();
            shot("report-form-" + size.width);
        }

        String cauTre = browser.findElement(By.xpath("//select[@id='donVi']/option[contains(., 'Chi bộ ấp Cầu Tre')]"))
                .getAttribute("value");
        browser.get(base + StatisticsRoutes.REPORT_SETTINGS);
        assertThat(Axe.violations(browser)).as("axe on the settings, desktop").isEmpty();
        shot("report-settings-1366");
        browser.get(base + StatisticsRoutes.REPORT);
        new Select(browser.findElement(By.id("donVi"))).selectByValue(cauTre);
        LocalDate today = LocalDate.now(Zone.VIETNAM);
        setDate("tu", today.minusMonths(2).withDayOfMonth(1));
        setDate("den", today);
        browser.findElement(By.id("dinhDang-xlsx")).click();
        browser.findElement(By.id("report-submit")).click();

        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(d -> !d.findElements(By.id("report-download")).isEmpty());
        assertThat(browser.getCurrentUrl()).matches(".*/quan-tri/thong-ke/bao-cao/\\d+$");
        assertThat(browser.findElement(By.id("report-download")).getAttribute("href"))
                .endsWith("/tep");
        assertThat(Axe.violations(browser)).as("axe on the finished job").isEmpty();
        shot("report-done-1366");
        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(Axe.violations(browser)).as("axe on the finished job, phone").isEmpty();
        shot("report-done-390");
    }

    /** Sets a date input's value as a person picking the date would (the input's own format is locale-bound). */
    private static void setDate(String id, LocalDate date) {
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, date.toString());
    }

    private static void shot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
