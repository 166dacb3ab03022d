package vn.lantoa.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The HTML part of an e-mail is the plain text, escaped, in paragraphs, with the link as a button. */
class EmailHtmlTests {

    @Test
    void everyCharacterOfTheTextIsEscapedAndBlankLinesMakeParagraphs() {
        String html = EmailHtml.render(
                "Tiêu đề <b>",
                "Kính gửi đồng chí <script>alert(1)</script>,\n\nDòng một & \"hai\"\ndòng ba",
                "https://lantoa.example.vn/dang-nhap/loi-moi/abc?x=1&y=\"2\"",
                "Ban Tuyên giáo & Dân vận",
                "https://lantoa.example.vn");

        assertThat(html)
                .contains("<title>Tiêu đề &lt;b&gt;</title>")
                .contains("<p>Kính gửi đồng chí &lt;script&gt;alert(1)&lt;/script&gt;,</p>")
                .contains("<p>Dòng một &amp; &quot;hai&quot;<br>\ndòng ba</p>")
                .contains("<a href=\"https://lantoa.example.vn/dang-nhap/loi-moi/abc?x=1&amp;y=&quot;2&quot;\"")
                .contains("Ban Tuyên giáo &amp; Dân vận")
                .doesNotContain("<script>", "<b>");
    }

    @Test
    void aNoticeWithoutALinkHasNoButton() {
        String html = EmailHtml.render("Tiêu đề", "Nội dung", null, "LanToa", "https://lantoa.example.vn");

        assertThat(html).contains("<p>Nội dung</p>").containsOnlyOnce("<a href=");
    }
}
