package vn.lantoa.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.platform.Axe;
import vn.lantoa.platform.Chromium;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.WithChromium;

/** The 429 page a person gets after too many failed sign-ins, on a phone and a desktop, with axe. */
@WithChromium
@LanToaIntegrationTest
class ThrottlePageBrowserTests {

    static ChromeDriver browser;

    @LocalServerPort
    int port;

    @Test
    void tooManyFailedSignInsShowAReadableAccessibleWaitPage() throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1366, 900))) {
            browser.manage().window().setSize(size);
            String name = "khong-co-" + UUID.randomUUID().toString().substring(0, 8);
            // The wait after the free failures starts at 1 s and doubles: on a loaded machine the next
            // try can come after the first second, so try until the wait page shows (bounded).
            browser.get("about:blank");
            int tries = 0;
            while (tries <= LoginThrottle.FREE_PER_ACCOUNT + 8 && !waitPageShown()) {
                signIn(name, "sai-mat-khau-" + tries++);
            }
            assertThat(tries).as("the free failures pass").isGreaterThan(LoginThrottle.FREE_PER_ACCOUNT);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Quá nhiều yêu cầu");
            assertThat(browser.findElement(By.tagName("main")).getText())
                    .as("how long to wait, as Retry-After says")
                    .containsPattern("Có thể thử lại sau \\d+ giây\\.");
            Files.write(
                    shots.resolve("error-429-" + size.getWidth() + ".png"), browser.getScreenshotAs(OutputType.BYTES));
            assertThat(Axe.violations(browser))
                    .as("axe on the 429 page at %s", size)
                    .isEmpty();
        }
    }

    private boolean waitPageShown() {
        return browser.findElements(By.tagName("h1")).stream()
                .anyMatch(h -> h.getText().equals("Quá nhiều yêu cầu"));
    }

    private void signIn(String username, String password) {
        browser.get("http://localhost:" + port + "/dang-nhap");
        browser.findElement(By.id("username")).sendKeys(username);
        WebElement field = browser.findElement(By.id("password"));
        field.sendKeys(password);
        field.submit();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(Chromium.gone(field));
    }
}
