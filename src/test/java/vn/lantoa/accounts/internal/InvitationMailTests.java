package vn.lantoa.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.lantoa.notifications.Mails;
import vn.lantoa.notifications.NotificationFixtures;
import vn.lantoa.platform.Axe;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.Chromium;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.LanToaProperties;
import vn.lantoa.platform.WithChromium;
import vn.lantoa.platform.Zone;

/**
 * Invitations by e-mail end to end: the back office's forms, the notifications outbox and its
 * dispatcher (every 100 ms), a real SMTP server (GreenMail), and the link in the mail followed to
 * set a password; and the pages in headless Chromium at a phone's and a laptop's width, with axe.
 * The context is closed after the class so its dispatcher stops with the server.
 */
@WithChromium
@LanToaIntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class InvitationMailTests {

    static final String SITE = "https://lantoa.example.vn";
    static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    static final Pattern MAILED_LINK = Pattern.compile(Pattern.quote(SITE) + "(/dang-nhap/loi-moi/[A-Za-z0-9_-]+)");
    static final Pattern PAGE_LINK =
            Pattern.compile("id=\"invitation-link\"[^>]*>http://localhost:\\d+(/dang-nhap/loi-moi/[A-Za-z0-9_-]+)<");
    static final Pattern REQUEST_KEY = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");

    static ChromeDriver browser;

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("lantoa.notifications.dispatcher.enabled", () -> "true");
        registry.add("lantoa.notifications.dispatcher.interval", () -> "100ms");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("lantoa.site.base-url", () -> SITE);
    }

    @AfterAll
    static void stopServer() {
        SMTP.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LanToaProperties site;

    @Autowired
    InvitationMail invitationMail;

    static ConditionFactory waiting() {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50));
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    static List<MimeMessage> mailTo(String address) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            Address[] to = message.getAllRecipients();
            if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                found.add(message);
            }
        }
        return found;
    }

    /** The path of the link in the mail's text, checked to be the same in its HTML part. */
    static String mailedPath(MimeMessage message) {
        Matcher text = MAILED_LINK.matcher(Mails.text(message));
        assertThat(text.find()).as(Mails.text(message)).isTrue();
        assertThat(Mails.html(message)).contains("<a href=\"" + SITE + text.group(1) + "\"");
        return text.group(1);
    }

    static String pagePath(String page) {
        Matcher link = PAGE_LINK.matcher(page);
        assertThat(link.find()).as(page).isTrue();
        return link.group(1);
    }

    static String requestKey(String page) {
        Matcher key = REQUEST_KEY.matcher(page);
        assertThat(key.find()).as(page).isTrue();
        return key.group(1);
    }

    Browser admin() {
        Browser admin = new Browser(port);
        admin.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);
        return admin;
    }

    long unit() {
        return jdbc.sql("SELECT id FROM org_unit WHERE name = 'Chi bộ ấp Cầu Tre'")
                .query(Long.class)
                .single();
    }

    Map<String, String> newAccount(String username, String email, String key) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("displayName", "Người được mời " + username);
        form.put("email", email);
        form.put("role", "EDITOR");
        form.put("scopeUnitId", String.valueOf(unit()));
        form.put("idempotencyKey", key);
        return form;
    }

    long userId(String username) {
        return jdbc.sql("SELECT id FROM acc_user WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    List<Long> invitations(long userId) {
        return jdbc.sql("SELECT id FROM acc_invitation WHERE user_id = ? ORDER BY id")
                .param(userId)
                .query(Long.class)
                .list();
    }

    String deliveryStatus(long invitationId) {
        return jdbc.sql("""
                SELECT coalesce(max(d.status), 'UNPLANNED') FROM ntf_notice n LEFT JOIN ntf_delivery d ON d.notice_id = n.id
                 WHERE n.dedup_key = ?""")
                .param("accounts:invitation:" + invitationId)
                .query(String.class)
                .single();
    }

    @Test
    void theInvitationArrivesByEmailAndItsLinkSetsThePassword() throws Exception {
        String username = unique("thu-");
        String email = username + "@example.vn";
        Browser admin = admin();
        String form = admin.get("/quan-tri/tai-khoan").body();

        String page = admin.postForm("/quan-tri/tai-khoan", newAccount(username, email, requestKey(form)))
                .body();

        assertThat(page).contains("Đã gửi thư mời đến " + email + ".");
        String pageLink = pagePath(page);
        long user = userId(username);
        long invitation = invitations(user).getFirst();
        waiting().until(() -> deliveryStatus(invitation).equals("SENT"));
        MimeMessage mail = mailTo(email).getFirst();
        String unitName = jdbc.sql(
                        "SELECT u.name FROM acc_user a JOIN org_unit u ON u.id = a.scope_unit_id WHERE a.username = 'quantri'")
                .query(String.class)
                .single();
        OffsetDateTime expires = jdbc.sql("SELECT expires_at FROM acc_invitation WHERE id = ?")
                .param(invitation)
                .query(OffsetDateTime.class)
                .single();
        assertThat(mail.getSubject())
                .isEqualTo(unitName + " mời đồng chí sử dụng " + site.site().name());
        assertThat(Mails.text(mail))
                .contains("Kính gửi đồng chí Người được mời " + username)
                .contains(unitName + " đã tạo cho đồng chí tài khoản " + username)
                .contains("hết hạn lúc " + Zone.DATE_TIME.format(expires) + " (giờ Việt Nam)");
        assertThat(Mails.html(mail)).contains("Kính gửi đồng chí Người được mời " + username);
        String mailedLink = mailedPath(mail);
        assertThat(mailedLink).as("the mail's link has a token of its own").isNotEqualTo(pageLink);

        String token = mailedLink.substring(mailedLink.lastIndexOf('/') + 1);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM ntf_notice n LEFT JOIN ntf_delivery d ON d.notice_id = n.id
                         WHERE concat_ws(' ', n.subject, n.body, n.link, n.link_ref, d.last_error) LIKE '%' || ? || '%'""").param(token).query(Long.class).single())
                .as("the outbox never holds the token")
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM acc_invitation WHERE ? IN (token_hash, mail_token_hash)")
                        .param(token)
                        .query(Long.class)
                        .single())
                .as("only its hash is stored")
                .isZero();
        assertThat(jdbc.sql("SELECT detail FROM acc_audit_log WHERE action = 'account.invite.mail' AND target_id = ?")
                        .param(String.valueOf(user))
                        .query(String.class)
                        .list())
                .as("the audit log says the invitation was e-mailed, and where")
                .containsExactly("invitation " + invitation + " to " + email);

        Browser invited = new Browser(port);
        assertThat(invited.get(mailedLink).body()).contains(username);
        assertThat(invited.postForm(mailedLink, Map.of("password", "Song-Tien-chay-xa", "repeat", "Song-Tien-chay-xa"))
                        .body())
                .contains("Đã đặt mật khẩu");
        assertThat(invited.get(mailedLink).statusCode())
                .as("the link works once")
                .isEqualTo(404);
        assertThat(invited.get(pageLink).statusCode())
                .as("the page's link ends with the mailed one")
                .isEqualTo(404);
        Browser signIn = new Browser(port);
        assertThat(signIn.signIn(username, "Song-Tien-chay-xa").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(signIn.get("/quan-tri").statusCode()).isEqualTo(200);
    }

    @Test
    void aRepeatedSubmissionMailsOnceAndANewInvitationEndsTheOldLinks() throws Exception {
        String username = unique("lap-");
        String email = username + "@example.vn";
        Browser admin = admin();
        Map<String, String> form = newAccount(
                username, email, requestKey(admin.get("/quan-tri/tai-khoan").body()));

        String first = admin.postForm("/quan-tri/tai-khoan", form).body();
        String again = admin.postForm("/quan-tri/tai-khoan", form).body();

        String firstPageLink = pagePath(first);
        assertThat(again)
                .contains("Đã gửi thư mời đến " + email + ".")
                .contains("Yêu cầu này đã được thực hiện")
                .doesNotContain("id=\"invitation-link\"");
        long user = userId(username);
        assertThat(invitations(user)).hasSize(1);
        long firstInvitation = invitations(user).getFirst();
        waiting().until(() -> deliveryStatus(firstInvitation).equals("SENT"));
        assertThat(mailTo(email)).hasSize(1);
        String firstMailed = mailedPath(mailTo(email).getFirst());

        String accountPage = admin.get("/quan-tri/tai-khoan/" + user).body();
        assertThat(accountPage).contains("value=\"" + email + "\"");
        Map<String, String> reinvite = Map.of("email", email, "idempotencyKey", requestKey(accountPage));
        String reissued = admin.postForm("/quan-tri/tai-khoan/" + user + "/moi-lai", reinvite)
                .body();
        String reissuedAgain = admin.postForm("/quan-tri/tai-khoan/" + user + "/moi-lai", reinvite)
                .body();

        String secondPageLink = pagePath(reissued);
        assertThat(reissuedAgain).contains("Yêu cầu này đã được thực hiện");
        assertThat(invitations(user)).hasSize(2);
        long secondInvitation = invitations(user).getLast();
        waiting().until(() -> deliveryStatus(secondInvitation).equals("SENT"));
        assertThat(mailTo(email)).hasSize(2);
        String secondMailed = mailedPath(mailTo(email).getLast());

        Browser invited = new Browser(port);
        assertThat(invited.get(firstMailed).statusCode())
                .as("the first mail's link")
                .isEqualTo(404);
        assertThat(invited.get(firstPageLink).statusCode())
                .as("the first page's link")
                .isEqualTo(404);
        assertThat(invitationMail.mint(String.valueOf(firstInvitation)))
                .as("a mail of the replaced invitation still in the queue would carry no link")
                .isEmpty();
        assertThat(invited.get(secondPageLink).statusCode()).isEqualTo(200);
        assertThat(invited.get(secondMailed).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutAnAddressOnlyTheLinkIsShownAndNothingIsMailed() {
        String username = unique("khong-thu-");
        Browser admin = admin();

        String page = admin.postForm(
                        "/quan-tri/tai-khoan",
                        newAccount(
                                username,
                                "",
                                requestKey(admin.get("/quan-tri/tai-khoan").body())))
                .body();

        pagePath(page);
        assertThat(page)
                .contains("tài khoản chưa có địa chỉ email nên hệ thống không gửi thư")
                .doesNotContain("Đã gửi thư mời");
        long invitation = invitations(userId(username)).getFirst();
        assertThat(deliveryStatus(invitation)).isEqualTo("UNPLANNED");
        assertThat(jdbc.sql("SELECT count(*) FROM ntf_notice WHERE dedup_key = ?")
                        .param("accounts:invitation:" + invitation)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aMemberAccountIsInvitedAtTheMembersAddressOnlyWithTheirConsent() throws Exception {
        String agreed = unique("dong-y-") + "@example.vn";
        String notAgreed = unique("chua-dong-y-") + "@example.vn";
        long withConsent = NotificationFixtures.member(jdbc, unit(), "Trần Văn Đồng", agreed, null);
        long withoutConsent = NotificationFixtures.member(jdbc, unit(), "Lê Thị Chưa", notAgreed, null);
        jdbc.sql("UPDATE org_member SET consent_at = NULL WHERE id = ?")
                .param(withoutConsent)
                .update();
        Browser admin = admin();

        Map<String, String> one = newAccount(
                unique("tv-"), "", requestKey(admin.get("/quan-tri/tai-khoan").body()));
        one.put("role", "MEMBER");
        one.put("memberId", String.valueOf(withConsent));
        String mailed = admin.postForm("/quan-tri/tai-khoan", one).body();
        Map<String, String> two = newAccount(
                unique("tv-"), "", requestKey(admin.get("/quan-tri/tai-khoan").body()));
        two.put("role", "MEMBER");
        two.put("memberId", String.valueOf(withoutConsent));
        String notMailed = admin.postForm("/quan-tri/tai-khoan", two).body();

        assertThat(mailed).contains("Đã gửi thư mời đến " + agreed + ".");
        assertThat(notMailed).doesNotContain("Đã gửi thư mời").contains("chưa có địa chỉ email");
        long invitation = invitations(userId(one.get("username"))).getFirst();
        waiting().until(() -> deliveryStatus(invitation).equals("SENT"));
        assertThat(mailTo(agreed)).hasSize(1);
        assertThat(mailTo(notAgreed)).isEmpty();
    }

    @Test
    void thePageSaysSoInEnglish() {
        String username = unique("en-");
        String email = username + "@example.vn";
        Browser admin = admin();
        String form = admin.get("/quan-tri/tai-khoan?lang=en").body();

        String page = admin.postForm("/quan-tri/tai-khoan", newAccount(username, email, requestKey(form)))
                .body();

        assertThat(page)
                .contains("Invitation e-mailed to " + email + ".")
                .contains("If the person would rather get it by Zalo or text message")
                .contains("This link is shown only once, here.");
        pagePath(page);
    }

    @Test
    void theFormAndTheAnswerReadWellOnAPhoneAndALaptopWithoutAccessibilityViolations() throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        browser.get("http://localhost:" + port + "/dang-nhap");
        browser.findElement(By.id("username")).sendKeys("quantri");
        WebElement password = browser.findElement(By.id("password"));
        password.sendKeys(LanToaIntegrationTest.DEMO_PASSWORD);
        password.submit();
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(Chromium.gone(password));
        for (Dimension size : List.of(new Dimension(390, 844), new Dimension(1366, 900))) {
            for (boolean withAddress : List.of(true, false)) {
                browser.manage().window().setSize(size);
                browser.get("http://localhost:" + port + "/quan-tri/tai-khoan");
                assertThat(Axe.violations(browser))
                        .as("axe on the accounts page at %s", size)
                        .isEmpty();
                String username = unique("trinh-duyet-");
                browser.findElement(By.id("username")).sendKeys(username);
                browser.findElement(By.id("displayName")).sendKeys("Người dùng trình duyệt");
                if (withAddress) {
                    browser.findElement(By.id("email")).sendKeys(username + "@example.vn");
                }
                new Select(browser.findElement(By.id("role"))).selectByValue("EDITOR");
                WebElement submit = browser.findElement(By.cssSelector("form[action='/quan-tri/tai-khoan'] button"));
                // as a person scrolls to the button (on a phone it is below the fold): at once, not
                // with Bootstrap's smooth scrolling, which would still be moving it under the pointer
                browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", submit);
                new WebDriverWait(browser, Duration.ofSeconds(20))
                        .ignoring(ElementClickInterceptedException.class)
                        .until(d -> {
                            submit.click();
                            return true;
                        });
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(Chromium.gone(submit));

                String answer = browser.findElement(By.id("invitation")).getText();
                if (withAddress) {
                    assertThat(answer).contains("Đã gửi thư mời đến " + username + "@example.vn.");
                } else {
                    assertThat(answer).contains("chưa có địa chỉ email").doesNotContain("Đã gửi thư mời");
                }
                WebElement link = browser.findElement(By.id("invitation-link"));
                assertThat(link.getText()).contains("/dang-nhap/loi-moi/");
                assertThat(link.getRect().getX() + link.getRect().getWidth())
                        .as("the link wraps inside the page at %s", size)
                        .isLessThanOrEqualTo(size.getWidth());
                Files.write(
                        shots.resolve("invitation-" + (withAddress ? "mailed-" : "link-") + size.getWidth() + ".png"),
                        browser.getScreenshotAs(OutputType.BYTES));
                assertThat(Axe.violations(browser))
                        .as("axe on the invitation answer at %s", size)
                        .isEmpty();
            }
        }
    }

    @Test
    void aMistypedAddressIsRefused() {
        Browser admin = admin();
        String username = unique("sai-");

        var answer = admin.postForm(
                "/quan-tri/tai-khoan",
                newAccount(
                        username,
                        "khong-phai-email",
                        requestKey(admin.get("/quan-tri/tai-khoan").body())));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("Địa chỉ email không hợp lệ.");
        assertThat(jdbc.sql("SELECT count(*) FROM acc_user WHERE username = ?")
                        .param(username)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
