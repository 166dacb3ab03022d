package vn.lantoa.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Đảng ủy xã Tiểu Cần tổ chức Hội nghị học tập Nghị quyết   | dang-uy-xa-tieu-can-to-chuc-hoi-nghi-hoc-tap-nghi-quyet
            Đẩy mạnh đấu tranh, phản bác các quan điểm sai trái, thù địch | day-manh-dau-tranh-phan-bac-cac-quan-diem-sai-trai-thu-dich
            TRÀ VINH: Hơn 1.200 đoàn viên ra quân “Tiếp sức mùa thi”     | tra-vinh-hon-1-200-doan-vien-ra-quan-tiep-suc-mua-thi
            Hòa bình và hoà hợp – ý Đảng, lòng dân                        | hoa-binh-va-hoa-hop-y-dang-long-dan
            Phường Nguyệt Hóa: 95% hộ dân đạt “Gia đình văn hóa”         | phuong-nguyet-hoa-95-ho-dan-dat-gia-dinh-van-hoa
            Ấp Ô Rồi, xã Long Hiệp — ngày hội Đại đoàn kết               | ap-o-roi-xa-long-hiep-ngay-hoi-dai-doan-ket
            """)
    void slugsARealVietnameseTitle(String title, String slug) {
        assertThat(Slugs.unique(title, s -> false)).isEqualTo(slug);
    }

    @Test
    void slugsADecomposedTitleLikeItsComposedForm() {
        String decomposed = java.text.Normalizer.normalize("Tiểu Cần đón Tết", java.text.Normalizer.Form.NFD);
        assertThat(Slugs.unique(decomposed, s -> false)).isEqualTo("tieu-can-don-tet");
    }

    @Test
    void addsTheFirstFreeNumericSuffixWhenTheSlugIsTaken() {
        Set<String> taken = Set.of("tin-moi", "tin-moi-2");
        assertThat(Slugs.unique("Tin mới", taken::contains)).isEqualTo("tin-moi-3");
    }

    @Test
    void givesATitleWithoutLettersAGenericSlug() {
        assertThat(Slugs.unique("“…” – !!!", s -> false)).isEqualTo("bai-viet");
    }

    @Property
    void everySlugIsAsciiLowerCaseWithSingleHyphens(@ForAll String title) {
        String slug = Slugs.unique(title, s -> false);
        assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*");
    }
}
