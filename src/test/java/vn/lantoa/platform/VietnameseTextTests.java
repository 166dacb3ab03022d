package vn.lantoa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tiểu Cần ra quân chiến dịch thanh niên tình nguyện hè 2026 | tieu-can-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-2026
            Đảng bộ xã Đôn Châu: đổi mới, đoàn kết!                  | dang-bo-xa-don-chau-doi-moi-doan-ket
            ĐẠI HỘI ĐẢNG BỘ TỈNH LẦN THỨ XII                         | dai-hoi-dang-bo-tinh-lan-thu-xii
            "Hòa giải" ở cơ sở — hiệu quả từ ấp, khóm                | hoa-giai-o-co-so-hieu-qua-tu-ap-khom
            Chuyển đổi số: 100% hồ sơ trực tuyến?                    | chuyen-doi-so-100-ho-so-truc-tuyen
            """)
    void slugsFoldVietnameseToAscii(String title, String slug) {
        assertThat(VietnameseText.slug(title)).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Tiểu Cần  | tieu can
            TIỂU CẦN  | tieu can
            Đồng Đức  | dong duc
            hoà       | hoa
            hòa       | hoa
            """)
    void foldingIgnoresCaseTonesAndTheBarredD(String input, String folded) {
        assertThat(VietnameseText.fold(input)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource({"Tiểu Cần", "Đảng ủy", "Nguyễn Thị Lan"})
    void decomposedInputFoldsLikeComposedInput(String composed) {
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(composed);
        assertThat(VietnameseText.fold(decomposed)).isEqualTo(VietnameseText.fold(composed));
        assertThat(VietnameseText.nfc(decomposed)).isEqualTo(composed);
    }

    @Property
    boolean foldingTwiceChangesNothing(@ForAll String text) {
        String once = VietnameseText.fold(text);
        return VietnameseText.fold(once).equals(once);
    }

    @Property
    boolean slugsAreLowerCaseAsciiWithoutEdgeHyphens(@ForAll String text) {
        String slug = VietnameseText.slug(text);
        return slug.matches("([a-z0-9]+(-[a-z0-9]+)*)?") && slug.length() <= 120;
    }
}
