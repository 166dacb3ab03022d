package vn.lantoa.platform.internal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.WithChromium;

/**
 * Swagger UI in a real Chromium under the site's Content-Security-Policy: it renders every
 * operation of the document, and the browser reports no violation of the policy while doing so.
 */
@WithChromium
@LanToaIntegrationTest
class SwaggerUiBrowserTests {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        // collects every CSP violation of every page this browser opens, from before its first script
        browser.executeCdpCommand(
                "Page.addScriptToEvaluateOnNewDocument",
                Map.of(
                        "source",
                        "window.__csp = []; document.addEventListener('securitypolicyviolation',"
                                + " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.target && e.target.outerHTML ? e.target.outerHTML.slice(0, 300) : '')));"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void rendersEveryOperationWithoutViolatingTheContentSecurityPolicy() {
        browser.get("http://localhost:" + port + "/swagger-ui.html");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElements(By.cssSelector(".opblock")).size() >= 15);

        List<String> summaries = browser.findElements(By.cssSelector(".opblock-summary-description")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(summaries).contains("Gửi phản ánh thông tin xấu độc", "Ghi nhận một lượt chia sẻ");
        assertThat(browser.findElements(By.cssSelector(".opblock-summary-path")).stream()
                        .map(e -> e.getAttribute("data-path"))
                        .toList())
                .contains("/api/v1/reports", "/api/v1/shares", "/api/v1/links/check");
        assertThat(browser.findElement(By.cssSelector(".info .title")).getText())
                .contains("API JSON của LanToa");

        // open one operation: its parameters, the shared Idempotency-Key among them, are shown
        WebElement report = browser.findElement(By.cssSelector("#operations-reports-file .opblock-summary-control"));
        report.click();
        wait.until(d -> !d.findElements(By.cssSelector("#operations-reports-file .parameters"))
                .isEmpty());
        assertThat(browser.findElement(By.cssSelector("#operations-reports-file"))
                        .getText())
                .contains("Idempotency-Key", "Quyền:");

        List<String> violations =
                (List<String>) ((JavascriptExecutor) browser).executeScript("return window.__csp || ['no listener'];");
        assertThat(violations).as("Content-Security-Policy violations").isEmpty();
    }
}
