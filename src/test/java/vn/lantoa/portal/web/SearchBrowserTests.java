package vn.lantoa.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.WithChromium;
import vn.lantoa.portal.PortalTestArticles;

/** A reader in a real browser, on a 360-px-wide phone screen. */
@WithChromium(freshCookies = true)
@LanToaIntegrationTest
class SearchBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser.manage().window().setSize(new Dimension(360, 740));
    }

    @Test
    void aReaderFindsItByAnUnaccentedQueryAndOpensIt() {
        String w = PortalTestArticles.uniqueWord();
        String title = "Nông dân Tiểu Cần " + w + " được mùa bưởi da xanh";
        new PortalTestArticles(jdbc, events).publish(title, "Tóm tắt", "Năm nay bà con thu hoạch lớn.", 1);

        browser.get("http://localhost:" + port + "/tim-kiem");
        var box = browser.findElement(By.id("lt-search-q"));
        box.sendKeys("nong dan tieu can " + w);
        box.submit();

        var result = browser.findElement(By.cssSelector(".lt-hit h2 a"));
        assertThat(result.getText()).isEqualTo(title);
        assertThat(browser.findElements(By.cssSelector(".lt-hit mark"))).isNotEmpty();
        result.click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.getTitle()).startsWith(title);
        Long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
        assertThat(scrollWidth).isLessThanOrEqualTo(360L);
    }
}
