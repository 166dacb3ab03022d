package vn.lantoa.sharing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.WithChromium;

/** A member on a phone-sized screen logs a share from a campaign. */
@WithChromium(freshCookies = true)
@LanToaIntegrationTest
class MemberLogsAShareBrowserTests {

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeEach
    void openAPhoneSizedBrowser() {
        browser.manage().window().setSize(new Dimension(390, 844));
    }

    /** The result page after a submission (a plain form post: wait for the navigation). */
    private void waitForResult() {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().contains("/ghi-nhan/ket-qua/"));
    }

    /** On a small screen an element may be below the fold: bring it to the middle first, as a thumb would. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        element.click();
    }

    @Test
    void aMemberLogsAShareFromACampaignAndTheSamePostAgainCountsOnce() {
        String base = "http://localhost:" + port;
        browser.get(base + "/dang-nhap");
        browser.findElement(By.id("username")).sendKeys("thanhvien");
        WebElement password = browser.findElement(By.id("password"));
        password.sendKeys(LanToaIntegrationTest.DEMO_PASSWORD);
        password.submit();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().contains("/dang-nhap"));

        browser.get(base + "/thanh-vien");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).contains("Nguyễn Thị Lan");
        WebElement demoCampaign = browser.findElements(By.cssSelector(".lt-campaign")).stream()
                .filter(c -> c.getText().contains("Lan tỏa thông tin về chuyển đổi số ở cơ sở"))
                .findFirst()
                .orElseThrow();
        click(demoCampaign.findElement(By.linkText("Tôi đã chia sẻ")));

        String post = "https://www.facebook.com/groups/lantoa/posts/"
                + Math.abs(UUID.randomUUID().getMostSignificantBits());
        browser.findElement(By.id("postUrl")).sendKeys(post);
        browser.findElements(By.cssSelector("input[name=articleUrl]"))
                .getFirst()
                .click();
        click(browser.findElement(By.cssSelector(".lt-log-form button[type=submit]")));
        waitForResult();
        assertThat(browser.getPageSource()).as("after the first submission").contains("Đã ghi nhận. Cảm ơn bạn!");
        assertThat(browser.getPageSource()).contains("Đã xác minh");

        browser.get(base + "/thanh-vien/ghi-nhan?loai=chia-se");
        browser.findElement(By.id("postUrl")).sendKeys(post + "?mibextid=abc");
        click(browser.findElement(By.cssSelector(".lt-log-form button[type=submit]")));
        waitForResult();
        assertThat(browser.getPageSource()).as("after the second submission").contains("đã được ghi nhận trước đó");
    }
}
