package vn.lantoa.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToneMarksTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "hoà, hòa",
        "hòa, hòa",
        "Hoà Bình, Hòa Bình",
        "HOÀ, HÒA",
        "thuý, thúy",
        "Thuý Kiều, Thúy Kiều",
        "tuỳ, tùy",
        "huỷ bỏ, hủy bỏ",
        "khoẻ mạnh, khỏe mạnh",
        "thoả thuận, thỏa thuận",
        "xã Hùng Hoà, xã Hùng Hòa",
        "quý, quý",
        "quỳ, quỳ",
        "hoàn thành, hoàn thành",
        "ngoài, ngoài",
        "khuya, khuya",
        "Tiểu Cần, Tiểu Cần",
        "tin tức, tin tức",
        "hoa, hoa",
        "2026, 2026"
    })
    void putsTheToneOfOaOeUyOnTheFirstVowel(String input, String expected) {
        assertThat(ToneMarks.normalize(input)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"hoà", "thuý", "Tiểu Cần", "Đảng ủy"})
    void decomposedInputGivesTheSameComposedResult(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        assertThat(ToneMarks.normalize(decomposed)).isEqualTo(ToneMarks.normalize(word));
    }
}
