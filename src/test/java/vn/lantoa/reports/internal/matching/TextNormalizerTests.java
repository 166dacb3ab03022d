package vn.lantoa.reports.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTests {

    private final TextNormalizer normalizer = TextNormalizer.standard();

    @ParameterizedTest(name = "canonical({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hòa                     | hoà
            Hoà Bình                | hoà bình
            HÒA                     | hoà
            thủy điện               | thuỷ điện
            khỏe                    | khoẻ
            quý                     | quý
            hoàng                   | hoàng
            Tiểu Cần                | tiểu cần
            """)
    void putsTheToneMarkOnTheSecondVowelAndLowerCases(String input, String expected) {
        assertThat(TextNormalizer.canonical(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "decomposed {0}")
    @CsvSource({"hòa", "Đắk Lắk", "thuỷ", "người"})
    void givesTheSameCanonicalFormForComposedAndDecomposedInput(String composed) {
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(TextNormalizer.canonical(decomposed)).isEqualTo(TextNormalizer.canonical(composed));
    }

    @ParameterizedTest(name = "fold({0}) = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Đường Hòa Bình      | duong hoa binh
            đường hoà bình      | duong hoa binh
            THUỶ ĐIỆN           | thuy dien
            Nguyễn Thị Ánh      | nguyen thi anh
            """)
    void foldsCaseAccentsAndDStroke(String input, String expected) {
        assertThat(TextNormalizer.fold(input)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "syllables({0})")
    @CsvSource(delimiter = '|', textBlock = """
            Không được bồi thường!           | khong duoc boi thuong
            ko dc boi thuong                 | khong duoc boi thuong
            k đc bồi thường j                | khong duoc boi thuong gi
            hok bít ntn                      | khong biet nhu the nao
            nộp 500k phí                     | nop 500000 phi
            mất 5tr 1 sổ                     | mat 5000000 1 so
            tờ 500.000 đồng                  | to 500000
            quáaaa trời                      | qua troi
            fải wá                           | phai qua
            cccd bị khóa                     | can cuoc cong dan bi khoa
            sáp nhập xã rùi                  | sap nhap xa roi
            📢 KHẨN: thu hồi đất             | khan thu hoi dat
            """)
    void turnsNoDiacriticsAndTeencodeIntoTheSameSyllables(String input, String expected) {
        assertThat(String.join(" ", normalizer.syllables(input))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Thu hồi đất nông nghiệp không bồi thường | thu hoi dat nong nghiep khong boi thuong
            Đập thủy điện bị vỡ                      | dap thuỷ dien bi vo
            nhà nước không bồi thường                | nha nc ko boi thuong
            """)
    void matchesDiacriticsWithTheirAbsence(String a, String b) {
        assertThat(normalizer.syllables(a)).isEqualTo(normalizer.syllables(b));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"'', 0", "'   ', 0", "'!!! ...', 0", "'a', 1"})
    void givesNoSyllablesForTextWithoutLettersOrDigits(String input, int count) {
        assertThat(normalizer.syllables(input)).hasSize(count);
    }

    @org.junit.jupiter.api.Test
    void expandsOnlyWhatTheTeencodeMapLists() {
        TextNormalizer custom = new TextNormalizer(Map.of("xyz", "mot hai", "#q", "quan"));
        assertThat(custom.syllables("xyz dc 3q")).isEqualTo(List.of("mot", "hai", "dc", "3", "quan"));
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            thịt lợn                      | thịt heo
            chích ngừa cho bé             | tiêm cho bé
            không đền bù                  | không bồi thường
            bằng lái xe máy               | giấy phép lái xe máy
            Đập bể rồi                    | đập vỡ rồi
            """)
    void bringsRegionalVariantsAndSynonymsToOneForm(String variant, String canonical) {
        assertThat(normalizer.syllables(variant)).isEqualTo(normalizer.syllables(canonical));
        assertThat(normalizer.accentedSyllables(variant)).isEqualTo(normalizer.accentedSyllables(canonical));
    }

    @org.junit.jupiter.api.Test
    void replacesSynonymsOnlyAsWholeWords() {
        assertThat(normalizer.accentedSyllables("lợnx vôi")).containsExactly("lợnx", "vôi");
    }

    @org.junit.jupiter.api.Test
    void treatsNullAsEmpty() {
        assertThat(TextNormalizer.canonical(null)).isEmpty();
        assertThat(normalizer.syllables(null)).isEmpty();
    }
}
