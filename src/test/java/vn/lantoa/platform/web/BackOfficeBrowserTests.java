package vn.lantoa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.platform.Axe;
import vn.lantoa.platform.Chromium;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.WithChromium;

/**
 * The back office in a real browser at a phone's and a laptop's size: the dashboard of every demo
 * role without WCAG 2.1 AA violations, and the menu that folds into a panel on the phone.
 * Screenshots go to {@code target/screenshots/}; with {@code -Dlantoa.screenshots=true} also of
 * a few pages from each role's menu.
 */
@WithChromium
@LanToaIntegrationTest
class BackOfficeBrowserTests {

    static final Dimension PHONE = new Dimension(390, 844);
    static final Dimension LAPTOP = new Dimension(1366, 900);
    static final Path SHOTS = Path.of("target", "screenshots");

    static WebDriver browser;

    @LocalServerPort
    int port;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    void signInAs(String username) {
        browser.manage().deleteAllCookies();
        browser.get(url("/dang-nhap"));
        browser.findElement(By.id("username")).sendKeys(username);
        WebElement password = browser.findElement(By.id("password"));
        password.sendKeys(LanToaIntegrationTest.DEMO_PASSWORD);
        password.submit();
        waiting().until(Chromium.gone(password)); // stalenessOf misses Chromium's "does not belong to the document"
    }

    void open(String path, Dimension size) {
        browser.manage().window().setSize(size);
        browser.get(url(path));
        waiting()
                .until(d -> "complete"
                        .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                .executeScript("return document.readyState")));
    }

    void shoot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void everyRolesDashboardHasNoAccessibilityViolationsOnAPhoneAndALaptop() throws IOException {
        boolean more = Boolean.getBoolean("lantoa.screenshots");
        for (String username : BackOfficeTests.STAFF) {
            signInAs(username);
            for (Dimension size : List.of(PHONE, LAPTOP)) {
                open("/quan-tri", size);
                assertThat(browser.findElements(By.cssSelector(".lt-tile")))
                        .as(username + " has figures")
                        .isNotEmpty();
                shoot("dashboard-" + username + "-" + size.getWidth());
                assertThat(Axe.violations(browser)).as(username + " at " + size).isEmpty();
                if (more) {
                    List<String> hrefs = new ArrayList<>();
                    browser.findElements(By.cssSelector("nav.lt-bo-nav ul a"))
                            .forEach(a -> hrefs.add(a.getDomAttribute("href")));
                    for (String href : hrefs.subList(1, Math.min(hrefs.size(), 4))) {
                        open(href, size);
                        shoot("page-" + username + href.replace('/', '_') + "-" + size.getWidth());
                        System.out.println(
                                "axe " + username + " " + href + " " + size + ": " + Axe.violations(browser));
                    }
                }
            }
        }
    }

    @Test
    void onAPhoneTheMenuIsAPanelThatOpensAndCloses() throws IOException {
        signInAs("quantri");
        open("/quan-tri", PHONE);
        By articles = By.cssSelector("nav.lt-bo-nav a[href='/quan-tri/bai-viet']");
        assertThat(browser.findElement(articles).isDisplayed())
                .as("folded away")
                .isFalse();

        browser.findElement(By.cssSelector(".lt-bo-toggle")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(articles));
        shoot("menu-open-390");
        assertThat(Axe.violations(browser)).as("with the menu open").isEmpty();
        assertThat(browser.findElement(By.cssSelector("nav.lt-bo-nav a[aria-current=page]"))
                        .getDomAttribute("href"))
                .isEqualTo("/quan-tri");

        browser.findElement(By.cssSelector("#lt-bo-menu .btn-close")).click();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(articles));

        browser.findElement(By.cssSelector(".lt-bo-toggle")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(articles)).click();
        waiting().until(ExpectedConditions.urlToBe(url("/quan-tri/bai-viet")));
        assertThat(browser.findElement(By.cssSelector("nav.lt-bo-nav a[aria-current=page]"))
                        .getDomAttribute("href"))
                .isEqualTo("/quan-tri/bai-viet");
    }

    @Test
    void onALaptopTheMenuStaysBesideThePage() {
        signInAs("quantri");
        open("/quan-tri/phan-anh", LAPTOP);
        assertThat(browser.findElement(By.cssSelector("nav.lt-bo-nav a[aria-current=page]"))
                        .isDisplayed())
                .isTrue();
        assertThat(browser.findElement(By.cssSelector(".lt-bo-toggle")).isDisplayed())
                .isFalse();
    }

    @Test
    void thePersonalDataPagesHaveNoAccessibilityViolationsOnAPhoneAndALaptop() throws IOException {
        signInAs("thanhvien");
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            open("/tai-khoan/du-lieu-ca-nhan", size);
            assertThat(browser.findElements(By.cssSelector(".lt-personal-data dl")))
                    .isNotEmpty();
            shoot("personal-data-thanhvien-" + size.getWidth());
            assertThat(Axe.violations(browser)).as("own data at " + size).isEmpty();
            // the two pages that link to it
            for (String page : List.of("/thanh-vien", "/tai-khoan/mat-khau")) {
                open(page, size);
                assertThat(browser.findElements(By.cssSelector("a[href='/tai-khoan/du-lieu-ca-nhan']")))
                        .as(page)
                        .isNotEmpty();
                shoot("links-to-personal-data" + page.replace('/', '_') + "-" + size.getWidth());
                assertThat(Axe.violations(browser)).as(page + " at " + size).isEmpty();
            }
        }
        signInAs("quantri");
        open("/quan-tri/thanh-vien", LAPTOP);
        String member = browser.findElements(By.cssSelector("main a[href^='/quan-tri/thanh-vien/']")).stream()
                .map(a -> a.getDomAttribute("href"))
                .filter(href -> href.matches("/quan-tri/thanh-vien/\\d+"))
                .findFirst()
                .orElseThrow();
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            open(member, size);
            assertThat(browser.findElement(By.id("erase-title")).isDisplayed()).isTrue();
            shoot("member-erase-" + size.getWidth());
            assertThat(Axe.violations(browser)).as("member page at " + size).isEmpty();
        }
    }

    @Test
    void theDirectivePagesWithTheirUrgencyHaveNoAccessibilityViolationsOnAPhoneAndALaptop() throws IOException {
        signInAs("quantri");
        open("/quan-tri/van-ban", LAPTOP);
        WebElement urgent = browser.findElement(By.xpath("//*[contains(@class,'lt-urgency')]/following-sibling::a"));
        String page = urgent.getDomAttribute("href");
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            for (String path : List.of("/quan-tri/van-ban", "/quan-tri/van-ban/moi", page)) {
                open(path, size);
                shoot("directives" + path.replace('/', '_') + "-" + size.getWidth());
                assertThat(Axe.violations(browser)).as(path + " at " + size).isEmpty();
            }
            assertThat(browser.findElement(By.cssSelector("main .lt-urgency")).isDisplayed())
                    .as("the urgent directive's page says so at " + size)
                    .isTrue();
        }
    }

    /** The pages whose alerts or error text changed with the one way to refuse (ADR 0015). */
    @Test
    void theRefusalPagesAndTheAlertsOfSession12HaveNoAccessibilityViolationsOnAPhoneAndALaptop() throws IOException {
        signInAs("quantri");
        checked("/quan-tri/don-vi/987654321", "refused-not-found", "Trang bạn tìm không tồn tại");
        open("/quan-tri/tai-khoan", LAPTOP);
        String account = browser.findElements(By.cssSelector("main a[href^='/quan-tri/tai-khoan/']")).stream()
                .map(a -> a.getDomAttribute("href"))
                .filter(href -> href.matches("/quan-tri/tai-khoan/\\d+"))
                .reduce((first, last) -> last)
                .orElseThrow();
        open(account, LAPTOP);
        WebElement invite = browser.findElement(By.cssSelector("form[action$='/moi-lai'] button[type=submit]"));
        invite.click();
        waiting().until(Chromium.gone(invite));
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            browser.manage().window().setSize(size);
            assertThat(browser.findElement(By.id("invitation")).getDomAttribute("class"))
                    .contains("alert-info");
            shoot("account-invitation-" + size.getWidth());
            assertThat(Axe.violations(browser))
                    .as("account with invitation at " + size)
                    .isEmpty();
        }

        signInAs("bientap");
        checked("/quan-tri/don-vi", "refused-forbidden", "Không có quyền truy cập");

        signInAs("xuly");
        open("/quan-tri/phan-anh", LAPTOP);
        String cluster = browser.findElements(By.cssSelector("main a[href^='/quan-tri/phan-anh/']")).stream()
                .map(a -> a.getDomAttribute("href"))
                .filter(href -> href.matches("/quan-tri/phan-anh/\\d+"))
                .findFirst()
                .orElseThrow();
        open(cluster + "/xu-ly", LAPTOP);
        WebElement recipient = browser.findElement(By.id("recipient"));
        recipient.sendKeys("   "); // refused by the server (sent without the browser's check): nothing changes
        recipient.submit();
        waiting().until(Chromium.gone(recipient));
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            browser.manage().window().setSize(size);
            assertThat(browser.findElement(By.cssSelector(".alert.lt-error")).getDomAttribute("role"))
                    .isEqualTo("alert");
            shoot("refute-error-" + size.getWidth());
            assertThat(Axe.violations(browser))
                    .as("refute page with its error at " + size)
                    .isEmpty();
        }

        signInAs("thanhvien");
        checked("/thanh-vien/thong-bao/cai-dat?da-luu=1", "settings-saved", "");
        checked("/thanh-vien/thong-bao?da-doc=2", "inbox-marked", "");

        browser.manage().deleteAllCookies();
        open("/phan-anh", LAPTOP);
        WebElement content = browser.findElement(By.id("content"));
        content.sendKeys(
                "   "); // blank to the server, which refuses it (the form is submitted without the browser's check)
        content.submit();
        waiting().until(Chromium.gone(content));
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            browser.manage().window().setSize(size);
            assertThat(browser.findElement(By.id("report-errors")).getDomAttribute("role"))
                    .isEqualTo("alert");
            shoot("report-form-errors-" + size.getWidth());
            assertThat(Axe.violations(browser))
                    .as("report form with errors at " + size)
                    .isEmpty();
        }
    }

    /** Opens the page at both sizes, expects an alert or the error text, shoots it and runs axe. */
    private void checked(String path, String shot, String text) throws IOException {
        for (Dimension size : List.of(PHONE, LAPTOP)) {
            open(path, size);
            String body = browser.findElement(By.tagName("main")).getText();
            if (text.isEmpty()) {
                assertThat(browser.findElements(By.cssSelector("main .alert.alert-success")))
                        .as(path)
                        .isNotEmpty();
            } else {
                assertThat(body).as(path).contains(text);
            }
            shoot(shot + "-" + size.getWidth());
            assertThat(Axe.violations(browser)).as(path + " at " + size).isEmpty();
        }
    }
}
