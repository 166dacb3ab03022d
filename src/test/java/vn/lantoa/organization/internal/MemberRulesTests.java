package vn.lantoa.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberRulesTests {

    @ParameterizedTest
    @CsvSource(
            nullValues = "NONE",
            value = {
                "0912345601, 0912345601, true",
                "'0912.345.601', 0912345601, true",
                "+84 912 345 601, 0912345601, true",
                "912345601, 0912345601, true",
                "'   ', NONE, true",
                "12345, 12345, false",
                "09123abc01, 09123abc01, false"
            })
    void normalisesAndChecksPhoneNumbers(String raw, String normalised, boolean valid) {
        assertThat(MemberRules.phone(raw)).isEqualTo(normalised);
        assertThat(MemberRules.validPhone(MemberRules.phone(raw))).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"Nguyễn Thị Lan, nguyen thi lan|0912345601", "NGUYỄN   THỊ LAN, nguyen thi lan|0912345601"})
    void duplicatesIgnoreAccentsCaseAndSpacing(String name, String key) {
        assertThat(MemberRules.namePhoneKey(MemberRules.name(name), "0912345601"))
                .isEqualTo(key);
    }

    @ParameterizedTest
    @CsvSource({"https://facebook.com/lan, true", "javascript:alert(1), false", "zalo.me/0912, false"})
    void profileLinksAreOnlyHttpLinks(String link, boolean valid) {
        assertThat(MemberRules.validProfileLinks(MemberRules.profileLinks(link)))
                .isEqualTo(valid);
    }
}
