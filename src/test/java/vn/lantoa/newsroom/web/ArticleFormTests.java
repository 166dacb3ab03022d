package vn.lantoa.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;
import vn.lantoa.newsroom.internal.ArticleContent;
import vn.lantoa.platform.InvalidInputException;

/** The editor form's fields bind into {@link ArticleContent} under their own names. */
class ArticleFormTests {

    static WebDataBinder bind(Map<String, String> fields) {
        WebDataBinder binder = new WebDataBinder(null, ArticleForm.CONTENT);
        binder.setTargetType(ResolvableType.forClass(ArticleContent.class));
        binder.setConversionService(new DefaultFormattingConversionService());
        ArticleForm.bindsContent(binder);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> type) {
                return fields.get(name);
            }

            @Override
            public Set<String> getNames() {
                return fields.keySet();
            }
        });
        return binder;
    }

    static ArticleContent content(Map<String, String> fields) {
        WebDataBinder binder = bind(fields);
        return ArticleForm.content((ArticleContent) binder.getTarget(), binder.getBindingResult());
    }

    @Test
    void readsTheLocalTimeInVietnamAndTheTagsAsOneText() {
        ArticleContent c = content(Map.of(
                "title", "Tiêu đề",
                "categoryId", "7",
                "originPublishedAt", "2026-11-30T09:15",
                "tags", "thanh niên, tình nguyện; Trà Vinh"));
        assertThat(c.title()).isEqualTo("Tiêu đề");
        assertThat(c.categoryId()).isEqualTo(7L);
        assertThat(c.originPublishedAt()).isEqualTo(Instant.parse("2026-11-30T02:15:00Z"));
        assertThat(c.tags()).containsExactly("thanh niên", " tình nguyện", " Trà Vinh"); // the rules strip them
        ArticleForm form = new ArticleForm(c, 3, null);
        assertThat(form.originPublishedAt()).isEqualTo("2026-11-30T09:15");
    }

    @Test
    void emptyFieldsAreNoValue() {
        ArticleContent c = content(Map.of("title", "x", "categoryId", "", "originPublishedAt", "", "tags", ""));
        assertThat(c.categoryId()).isNull();
        assertThat(c.originPublishedAt()).isNull();
        assertThat(c.tags()).isEmpty();
    }

    @Test
    void aTimeOrCategoryThatDoesNotConvertIsRefusedWithItsOwnReason() {
        assertThatThrownBy(() -> content(Map.of("title", "x", "originPublishedAt", "30/11/2026")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("newsroom.error.badTime"));
        assertThatThrownBy(() -> content(Map.of("title", "x", "categoryId", "abc")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("newsroom.error.categoryUnknown"));
    }
}
