package vn.lantoa.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium and chromedriver, named explicitly so Selenium downloads nothing. */
public final class Chromium {

    private Chromium() {}

    public static ChromeDriver start() {
        return start(true);
    }

    /**
     * A browser as {@link #start()} makes it, or one whose JavaScript is switched off (as a content
     * setting, the way a locked-down office browser has it) to check that pages work without it.
     */
    public static ChromeDriver start(boolean javaScript) {
        String driver = firstExisting("CHROMEDRIVER", "/usr/bin/chromedriver");
        String browser = firstExisting("CHROMIUM", "/usr/bin/chromium");
        try {
            Path profile = Files.createTempDirectory("lantoa-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(browser);
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--lang=vi",
                    "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            if (!javaScript) {
                options.setExperimentalOption(
                        "prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(driver).toFile())
                    .usingAnyFreePort()
                    .build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Like {@code ExpectedConditions.stalenessOf}, for an element of the page being left: Chromium
     * also answers "Node with given id does not belong to the document" (a plain WebDriverException)
     * while the next page replaces the old one, which stalenessOf does not count as gone.
     */
    public static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> gone(
            org.openqa.selenium.WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        };
    }

    private static String firstExisting(String env, String fallback) {
        String configured = System.getenv(env);
        return configured != null && !configured.isBlank() ? configured : fallback;
    }
}
