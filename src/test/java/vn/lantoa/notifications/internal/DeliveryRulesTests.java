package vn.lantoa.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryRulesTests {

    @ParameterizedTest
    @CsvSource({"1, 60", "2, 120", "3, 240", "4, 480", "9, 3600", "40, 3600", "0, 60"})
    void thePauseDoublesWithEachFailureUpToTheLongest(int failedAttempts, long seconds) {
        Backoff backoff = new Backoff(Duration.ofMinutes(1), Duration.ofHours(1));
        assertThat(backoff.after(failedAttempts)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "0912 345 678, 84912345678",
                "0912.345.678, 84912345678",
                "+84 912 345 678, 84912345678",
                "84912345678, 84912345678",
                "(028) 3829 1234, 842838291234",
                "12345, null",
                "0912-abc-678, null",
                "+1 202 555 0100, null",
                "'', null"
            })
    void phonesAreWrittenTheWayZaloExpectsOrRefused(String phone, String expected) {
        assertThat(ZaloChannel.internationalPhone(phone)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "/thanh-vien, https://lantoa.example.vn/thanh-vien",
                "https://bao.example.vn/a, https://bao.example.vn/a",
                "javascript:alert(1), null",
                "//evil.example/x, null",
                "'  ', null",
                "null, null"
            })
    void linksAreMadeAbsoluteAndUnsafeOnesDropped(String link, String expected) {
        assertThat(NoticeLinks.absolute("https://lantoa.example.vn/", link)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "ban.doc@example.vn, b***@example.vn",
        "0912345678, 09******78",
        "123, ****",
    })
    void theAdminSeesAddressesMasked(String address, String masked) {
        assertThat(DeliveryAdmin.mask(address)).isEqualTo(masked);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "null",
            value = {
                "tin@lantoa.vn, null, https://x.vn, tin@lantoa.vn",
                "null, smtp-user@mail.vn, https://x.vn, smtp-user@mail.vn",
                "null, smtp-user, https://tuyengiao.tinh.vn, no-reply@tuyengiao.tinh.vn",
                "null, null, not a url, no-reply@localhost"
            })
    void theSenderAddressComesFromTheSettings(String configured, String username, String baseUrl, String expected) {
        assertThat(EmailChannel.sender(configured, username, baseUrl)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void theZaloSettingsNeverPrintTheToken() {
        var zalo = new NotificationProperties.Zalo(
                true, "https://z.example", "secret-token", "tpl", Duration.ofSeconds(1));
        assertThat(zalo.toString()).doesNotContain("secret-token").contains("***");
    }
}
