package vn.lantoa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@code layout/_field.jte}: the one labelled form field, wired for assistive technology. */
class FieldFragmentTests {

    private static final TemplateEngine JTE = TemplateEngine.createPrecompiled(ContentType.Html);

    @Test
    void wiresTheLabelTheHelpAndTheErrorToTheControl() {
        Element html = render(Map.of(
                "id", "email",
                "label", "Thư điện tử",
                "type", "email",
                "value", "a@b.vn",
                "required", true,
                "help", "Để nhận thông báo",
                "error", "Địa chỉ không hợp lệ"));
        Element input = html.selectFirst("input");
        assertThat(html.selectFirst("label").attr("for")).isEqualTo("email");
        assertThat(input.attr("name")).isEqualTo("email");
        assertThat(input.attr("type")).isEqualTo("email");
        assertThat(input.attr("value")).isEqualTo("a@b.vn");
        assertThat(input.hasAttr("required")).isTrue();
        assertThat(input.classNames()).contains("form-control", "is-invalid");
        assertThat(input.attr("aria-invalid")).isEqualTo("true");
        assertThat(input.attr("aria-describedby")).isEqualTo("email-help email-error");
        assertThat(html.getElementById("email-help").text()).isEqualTo("Để nhận thông báo");
        assertThat(html.getElementById("email-error").text()).isEqualTo("Địa chỉ không hợp lệ");
        assertThat(html.selectFirst("div.mb-3")).isNotNull();
    }

    @Test
    void saysNothingItWasNotGiven() {
        Element html = render(Map.of("id", "tags", "label", "Từ khóa", "name", "the", "wrapper", "col-md-6"));
        Element input = html.selectFirst("input");
        assertThat(input.attributes().asList()).extracting(a -> a.getKey()).containsExactly("class", "id", "name");
        assertThat(input.attr("name")).isEqualTo("the");
        assertThat(html.select(".form-text, .invalid-feedback")).isEmpty();
        assertThat(html.selectFirst("div").className()).isEqualTo("col-md-6");
    }

    @Test
    void describesTheControlByAHintShownElsewhere() {
        Element input = render(Map.of("id", "quietFrom", "label", "Từ", "type", "time", "describedBy", "quiet-help"))
                .selectFirst("input");
        assertThat(input.attr("aria-describedby")).isEqualTo("quiet-help");
    }

    @Test
    void writesATextareaOrASelectWithItsOptions() {
        Element textarea = render(
                        Map.of("id", "summary", "label", "Tóm tắt", "type", "textarea", "rows", 3, "value", "<b>x</b>"))
                .selectFirst("textarea");
        assertThat(textarea.attr("rows")).isEqualTo("3");
        assertThat(textarea.text()).isEqualTo("<b>x</b>");
        Element select = render(Map.of(
                        "id", "kind",
                        "label", "Loại",
                        "type", "select",
                        "options", (gg.jte.Content) out -> out.writeContent("<option value=\"A\">A</option>")))
                .selectFirst("select");
        assertThat(select.classNames()).containsExactly("form-select");
        assertThat(select.select("option")).hasSize(1);
    }

    @Test
    void asksTheCheckAddressAsTheValueChanges() {
        Element html = render(Map.of("id", "postUrl", "label", "Liên kết", "check", "/thanh-vien/ghi-nhan/kiem-tra"));
        Element input = html.selectFirst("input");
        assertThat(input.attr("hx-get")).isEqualTo("/thanh-vien/ghi-nhan/kiem-tra");
        assertThat(input.attr("hx-target")).isEqualTo("#postUrl-check");
        assertThat(input.attr("hx-vals")).isEqualTo("{\"field\":\"postUrl\"}");
        assertThat(html.getElementById("postUrl-check").attr("aria-live")).isEqualTo("polite");
    }

    private static Element render(Map<String, Object> params) {
        StringOutput out = new StringOutput();
        JTE.render("layout/_field.jte", new HashMap<>(params), out);
        return Jsoup.parseBodyFragment(out.toString()).body();
    }
}
