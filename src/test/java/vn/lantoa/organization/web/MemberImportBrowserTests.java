package vn.lantoa.organization.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.organization.internal.MemberSheet;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.WithChromium;

/** An admin imports a member file in a real browser and sees the result. */
@WithChromium(freshCookies = true)
@LanToaIntegrationTest
class MemberImportBrowserTests {

    @LocalServerPort
    int port;

    WebDriver browser;

    @Test
    void anAdminImportsAMemberFileAndSeesTheImportedMembers() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("thanh-vien-", ".xlsx");
        try (var out = Files.newOutputStream(file)) {
            MemberSheet.write(
                    List.of(
                            Arrays.asList(
                                    "Huỳnh Văn Nhập " + run,
                                    "Chi bộ ấp Cầu Tre",
                                    "Đảng viên",
                                    "0934000001",
                                    null,
                                    null,
                                    "Đang hoạt động",
                                    "15/03/2026"),
                            Arrays.asList(
                                    "Thạch Thị Nhập " + run,
                                    "Đoàn Thanh niên xã Tiểu Cần",
                                    "Đoàn viên",
                                    null,
                                    "thach-" + run + "@example.vn",
                                    null,
                                    null,
                                    null)),
                    out);
        }
        String base = "http://localhost:" + port;
        browser.get(base + "/dang-nhap");
        browser.findElement(By.id("username")).sendKeys("quantri");
        browser.findElement(By.id("password")).sendKeys(LanToaIntegrationTest.DEMO_PASSWORD);
        browser.findElement(By.cssSelector("form[action='/dang-nhap'] button[type=submit]"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().contains("/dang-nhap"));

        browser.get(base + "/quan-tri/thanh-vien/nhap");
        browser.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("import-submit")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-done")));
        assertThat(browser.findElement(By.id("import-done")).getText()).contains("Đã nhập 2 thành viên");

        browser.get(base + "/quan-tri/thanh-vien?q=nhap+" + run);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Huỳnh Văn Nhập " + run, "Thạch Thị Nhập " + run);
        Files.deleteIfExists(file);
    }
}
