package vn.lantoa.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HtmlSanitizerTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <p>Tiểu Cần</p><script>alert('x')</script>                           | <script
            <p onclick="steal()">Trà Vinh</p>                                     | onclick
            <a href="javascript:alert(1)">Xem</a>                                 | javascript:
            <a href="JaVaScRiPt:alert(1)">Xem</a>                                 | alert
            <img src=x onerror="alert(1)" alt="Ảnh">                              | onerror
            <iframe src="https://evil.example/embed/1"></iframe><p>Hội nghị</p>  | evil.example
            <iframe src="javascript:alert(1)"></iframe>                           | iframe
            <p style="position:fixed">Đoàn viên</p>                               | style
            <svg onload="alert(1)"><circle/></svg>                                | svg
            <object data="x.swf"></object><p>Nông thôn mới</p>                    | object
            <form action="/dang-xuat"><button>Bấm</button></form>                | form
            """)
    void removesWhatCouldRunOrMisleadInTheBrowser(String html, String forbidden) {
        assertThat(HtmlSanitizer.clean(html).toLowerCase()).doesNotContain(forbidden.toLowerCase());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            <p>Đảng bộ xã <strong>Tiểu Cần</strong> họp</p>                                   | <strong>Tiểu Cần</strong>
            <h2>Kết quả</h2><ul><li>Hộ nghèo giảm</li></ul>                                    | <li>Hộ nghèo giảm</li>
            <a href="https://baochinhphu.vn/bai-viet">Báo Chính phủ</a>                         | href="https://baochinhphu.vn/bai-viet"
            <img src="/media/3/article.jpg" alt="Lễ ra quân">                                   | alt="Lễ ra quân"
            <iframe src="https://www.youtube.com/embed/abc123" allowfullscreen></iframe>         | src="https://www.youtube.com/embed/abc123"
            <iframe src="https://www.youtube-nocookie.com/embed/abc123"></iframe>                | youtube-nocookie.com/embed/abc123
            <blockquote>Lấy cái đẹp dẹp cái xấu</blockquote>                                    | <blockquote>
            """)
    void keepsFormattingLinksImagesAndAllowedVideos(String html, String kept) {
        assertThat(HtmlSanitizer.clean(html)).contains(kept);
    }

    @Test
    void dropsAnIframeFromAVideoHostOverPlainHttp() {
        assertThat(HtmlSanitizer.clean("<iframe src=\"http://www.youtube.com/embed/abc\"></iframe>"))
                .doesNotContain("iframe");
    }

    @Test
    void givesEmptyTextForNothing() {
        assertThat(HtmlSanitizer.clean(null)).isEmpty();
        assertThat(HtmlSanitizer.clean("   ")).isEmpty();
    }

    /** Issue 16 point 8: the embed URL is parsed and normalised before it is checked. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://www.youtube.com/embed/../../javascript:alert(1)
            https://www.youtube.com/embed/abc/../../../evil
            https://www.youtube.com/embed/./abc
            https://www.youtube.com/embed/%2e%2e/%2e%2e/evil
            https://www.youtube.com/embed/%2E%2E%2Fevil
            https://www.youtube.com/embed/..%2f..%2fevil
            https://www.youtube.com/embed/..%5c..%5cevil
            https://www.youtube.com/embed\\..\\..\\evil
            https://www.youtube.com.evil.example/embed/abc
            https://www.youtube.com@evil.example/embed/abc
            https://user@www.youtube.com/embed/abc
            https://www.youtube.com:8443/embed/abc
            https://evil.example/https://www.youtube.com/embed/abc
            https://www.youtube.com/embed/
            https://www.youtube.com/watch?v=abc
            //www.youtube.com/embed/abc
            https://www.youtube.com/embed/a b
            """)
    void dropsAnIframeWhoseUrlOnlyLooksLikeAnEmbed(String src) {
        assertThat(HtmlSanitizer.videoEmbed(src)).as(src).isEmpty();
        assertThat(HtmlSanitizer.clean("<iframe src=\"" + src + "\"></iframe><p>Tin</p>"))
                .doesNotContain("iframe");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            https://www.youtube.com/embed/abc123                  | https://www.youtube.com/embed/abc123
            HTTPS://WWW.YouTube.com/embed/abc123                  | https://www.youtube.com/embed/abc123
            '  https://youtube.com/embed/abc123?start=30  '       | https://youtube.com/embed/abc123?start=30
            https://www.youtube-nocookie.com/embed/abc123?rel=0   | https://www.youtube-nocookie.com/embed/abc123?rel=0
            """)
    void keepsARealEmbedInItsNormalForm(String src, String kept) {
        assertThat(HtmlSanitizer.videoEmbed(src)).contains(kept);
    }
}
