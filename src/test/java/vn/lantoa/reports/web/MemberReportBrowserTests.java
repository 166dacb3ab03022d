package vn.lantoa.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.WithChromium;
import vn.lantoa.reports.internal.FiledReport;
import vn.lantoa.reports.internal.ReportIntake;
import vn.lantoa.reports.internal.ReportSubmission;
import vn.lantoa.reports.internal.Reporter;

/** A member on a phone-sized screen reports a variant of a link already reported and sees it joined. */
@WithChromium(freshCookies = true)
@LanToaIntegrationTest
class MemberReportBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ReportIntake intake;

    @Autowired
    JdbcClient jdbc;

    WebDriver browser;

    @BeforeEach
    void openAPhoneSizedBrowser() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    private void click(WebElement element) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    private long pageWidth() {
        return (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth;");
    }

    @Test
    void aMemberReportsAVariantOfAnAlreadyReportedLinkAndSeesItJoined() {
        String story = "story_fbid=" + System.nanoTime() + "&id=100064";
        FiledReport existing = intake.file(
                new ReportSubmission(
                        "Bài đăng bịa đặt rằng xã sắp giải toả chợ " + UUID.randomUUID(),
                        List.of("https://www.facebook.com/story.php?" + story),
                        "fabricated",
                        null,
                        null,
                        null,
                        false,
                        null),
                Reporter.anonymous("browser-test"));

        String base = "http://localhost:" + port;
        browser.get(base + "/dang-nhap");
        browser.findElement(By.id("username")).sendKeys("thanhvien");
        WebElement password = browser.findElement(By.id("password"));
        password.sendKeys(LanToaIntegrationTest.DEMO_PASSWORD);
        password.submit();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().contains("/dang-nhap"));

        browser.get(base + "/thanh-vien");
        click(browser.findElement(By.cssSelector("a[href='/thanh-vien/phan-anh']")));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().endsWith("/thanh-vien/phan-anh"));
        assertThat(pageWidth()).as("the form fits a 390 px screen").isLessThanOrEqualTo(390);
        assertThat(browser.findElements(By.id("email")))
                .as("no contact fields for members")
                .isEmpty();

        browser.findElement(By.id("links")).sendKeys("https://m.facebook.com/story.php?" + story + "&mibextid=Nif5oz");
        String content = "Thấy bài này chia sẻ trong nhóm Zalo của ấp, nói chợ sắp bị giải toả " + UUID.randomUUID();
        browser.findElement(By.id("content")).sendKeys(content);
        click(browser.findElement(By.id("report-submit")));
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("/da-gui?ma=PA-"));

        assertThat(browser.findElement(By.id("tracking-code")).getText()).startsWith("PA-");
        assertThat(browser.findElement(By.id("report-joined")).getText()).contains("đã được người khác phản ánh");
        assertThat(pageWidth()).isLessThanOrEqualTo(390);
        var row = jdbc.sql("""
                SELECT r.cluster_id, r.cluster_state, u.username FROM rpt_report r JOIN acc_user u ON u.id = r.reporter_user_id
                WHERE r.content = ?""")
                .param(content)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)})
                .single();
        assertThat(row).containsExactly(existing.clusterId(), "CONFIRMED", "thanhvien");
    }
}
