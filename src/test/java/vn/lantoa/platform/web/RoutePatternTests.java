package vn.lantoa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutePatternTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/quan-tri/bai-viet/{id:\\d+}|/quan-tri/bai-viet/7",
                "/quan-tri/nguon-chinh-thong/{id}/trang-thai|/quan-tri/nguon-chinh-thong/7/trang-thai",
                "/sitemap-{n:\\d{1,6}}.xml|/sitemap-7.xml",
                "/quan-tri/phan-anh/anh/{id}/nho.jpg|/quan-tri/phan-anh/anh/7/nho.jpg"
            })
    void replacesAVariableWithItsRegexByTheValue(String pattern, String path) {
        assertThat(RoutePattern.fill(pattern, 7)).isEqualTo(path);
    }

    @Test
    void fillsTheVariablesInTheirOrder() {
        assertThat(RoutePattern.fill("/quan-tri/nhom/{id:\\d+}/thanh-vien/{memberId:\\d+}/xoa", 3, 12L))
                .isEqualTo("/quan-tri/nhom/3/thanh-vien/12/xoa");
        assertThat(RoutePattern.fill("/quan-tri/bai-viet/{id:\\d+}/{action:[a-z]+}", 5, "publish"))
                .isEqualTo("/quan-tri/bai-viet/5/publish");
    }

    @Test
    void leavesAPatternWithoutVariablesAsItIs() {
        assertThat(RoutePattern.fill("/quan-tri/thong-ke")).isEqualTo("/quan-tri/thong-ke");
    }

    @Test
    void refusesMoreOrFewerValuesThanVariables() {
        assertThatThrownBy(() -> RoutePattern.fill("/a/{id}/b/{n}", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoutePattern.fill("/a/{id}", 1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoutePattern.fill("/a/{id", 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
