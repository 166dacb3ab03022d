package vn.lantoa.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the server stores from the real clipboards in {@code newsroom/paste/} when they reach it
 * as they are (without the editor's own clean-up in the browser, e.g. the no-JavaScript form).
 */
class PastedMarkupTests {

    static String fixture(String name) {
        try (InputStream in = PastedMarkupTests.class.getResourceAsStream("/newsroom/paste/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document stored(String name) {
        return Jsoup.parseBodyFragment(HtmlSanitizer.clean(fixture(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"word.html", "google-docs.html", "libreoffice.html", "news-site.html"})
    void dropsFontsColoursClassesStylesAndOfficeMarkup(String name) {
        String html = HtmlSanitizer.clean(fixture(name));
        assertThat(html)
                .doesNotContain("style=", "class=", "<font", "<o:p", "mso-", "<span", "<!--", "docs-internal", "<style")
                .doesNotContain("file:///", "googleusercontent", "cdn.baotinh.example");
    }

    @Test
    void keepsWordsHeadingsEmphasisListTableAndLink() {
        Document d = stored("word.html");
        assertThat(d.select("h1, h2").eachText())
                .contains("Hội nghị sơ kết 6 tháng đầu năm công tác tuyên giáo", "Kết quả nổi bật");
        assertThat(d.select("strong, b").eachText()).contains("sơ kết công tác tuyên giáo");
        assertThat(d.select("em, i").eachText()).contains("6 tháng cuối năm");
        assertThat(d.select("ul > li")).hasSize(3);
        assertThat(d.select("ul > li").first().text())
                .isEqualTo("Tổ chức 124 buổi sinh hoạt chuyên đề tại các chi bộ;");
        assertThat(d.select("table tr")).hasSize(2);
        assertThat(d.select("td").eachText()).contains("Xã Hùng Hòa", "42");
        assertThat(d.select("a[href=https://tuyengiao.vn/bai-viet/so-ket]").text())
                .isEqualTo("Cổng thông tin Tuyên giáo");
        assertThat(d.select("img"))
                .as("a file:// picture has no address the portal can serve")
                .isEmpty();
    }

    @Test
    void unwrapsGoogleDocsBoldWrapperAndKeepsItsRealBoldItalicAndLinks() {
        Document d = stored("google-docs.html");
        assertThat(d.select("strong, b").eachText())
                .as("only what was bold in the document, not the whole text")
                .containsExactly("Ngày Chủ nhật xanh", "Chi đoàn", "Số đoàn viên");
        assertThat(d.select("em").eachText()).containsExactly("nạo vét 3 km kênh nội đồng");
        assertThat(d.select("h2").text()).isEqualTo("Đoàn viên thanh niên ra quân làm sạch kênh rạch");
        assertThat(d.select("h3").text()).isEqualTo("Phân công các chi đoàn");
        assertThat(d.select("ol > li")).hasSize(2);
        assertThat(d.select("table td")).hasSize(4);
        assertThat(d.select("a").attr("href")).isEqualTo("https://thanhnien.vn/chu-nhat-xanh");
    }

    @Test
    void keepsLibreOfficeStructureWithoutItsFonts() {
        Document d = stored("libreoffice.html");
        assertThat(d.select("h2").text()).isEqualTo("Chuyển đổi số ở cơ sở");
        assertThat(d.select("ul > li")).hasSize(2);
        assertThat(d.select("blockquote").text()).contains("Không để ai bị bỏ lại phía sau");
        assertThat(d.select("strong, b").eachText()).containsExactly("1.250 người dân");
    }

    @Test
    void keepsANewsSitesTextCaptionAndLinkButNotItsHotlinkedImage() {
        Document d = stored("news-site.html");
        assertThat(d.select("figcaption").text())
                .isEqualTo("Quang cảnh hội nghị tại điểm cầu Tỉnh ủy. Ảnh: Thanh Quang");
        assertThat(d.select("a").attr("href")).isEqualTo("https://baotinh.example/toan-van-nghi-quyet.html");
        assertThat(d.select("a").attr("rel")).isEqualTo("noopener noreferrer");
        assertThat(d.text()).contains("124 điểm cầu");
    }

    @Test
    void leavesNothingExecutableFromAHostilePaste() {
        String html = HtmlSanitizer.clean(fixture("hostile.html")).toLowerCase();
        assertThat(html)
                .doesNotContain("<script", "javascript:", "onerror", "onload", "onclick", "onmouseover", "ontoggle")
                .doesNotContain("<svg", "<style", "<object", "<embed", "<form", "srcdoc", "data:", "<iframe", "<math");
        assertThat(html).contains("đoạn văn cuối cùng vẫn còn.");
    }
}
