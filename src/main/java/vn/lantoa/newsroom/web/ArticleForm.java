package vn.lantoa.newsroom.web;

import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.format.Formatter;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import vn.lantoa.newsroom.internal.Article;
import vn.lantoa.newsroom.internal.ArticleContent;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.Zone;

/**
 * The editor form: the browser's fields bind straight into {@link ArticleContent} (same names), with
 * two conversions of text that only the form has, {@code datetime-local} in Vietnam's zone and the
 * tags as one comma-separated text; beside it the version the editor read and the key of a first
 * save.
 */
public record ArticleForm(ArticleContent content, Integer version, String clientKey) {

    /** Name of the bound content in the model, the one {@link #bindsContent} is registered for. */
    static final String CONTENT = "content";

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static ArticleForm empty(String clientKey) {
        return new ArticleForm(
                new ArticleContent("", "", "", null, null, "", "", "", "", "", "", null, List.of()), null, clientKey);
    }

    static ArticleForm of(Article a) {
        return new ArticleForm(a.content(), a.version(), null);
    }

    /** The form's own text formats, for the binder of {@link #CONTENT}. */
    static void bindsContent(WebDataBinder binder) {
        binder.addCustomFormatter(new LocalTime(), Instant.class);
        binder.registerCustomEditor(List.class, "tags", new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || text.isBlank() ? List.of() : Arrays.asList(text.split("[,;]")));
            }
        });
    }

    /** The bound content, or the refusal of a value that did not convert. */
    static ArticleContent content(ArticleContent bound, BindingResult binding) {
        if (binding.hasFieldErrors("originPublishedAt")) {
            throw new InvalidInputException("newsroom.error.badTime");
        }
        if (binding.hasFieldErrors("categoryId")) {
            throw new InvalidInputException("newsroom.error.categoryUnknown");
        }
        // No other field can fail to convert: the rest is text, and the cover is the controller's to set.
        return bound;
    }

    /** A {@code datetime-local} text outside the content (the workflow's publication time). */
    static Instant instant(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return fromLocal(local);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("newsroom.error.badTime");
        }
    }

    private static Instant fromLocal(String local) {
        return LocalDateTime.parse(local.strip(), LOCAL).atZone(Zone.VIETNAM).toInstant();
    }

    static String local(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant.atZone(Zone.VIETNAM));
    }

    /** {@code originPublishedAt} as the {@code datetime-local} input shows it. */
    public String originPublishedAt() {
        return local(content.originPublishedAt());
    }

    /** The tags as the one text input shows them. */
    public String tags() {
        return String.join(", ", content.tags());
    }

    ArticleForm withVersion(int newVersion) {
        return new ArticleForm(content, newVersion, clientKey);
    }

    public String value(String s) {
        return s == null ? "" : s;
    }

    /** {@code datetime-local} text in Vietnam's zone; an empty field is no time (the binder skips empty text). */
    private static final class LocalTime implements Formatter<Instant> {
        @Override
        public Instant parse(String text, Locale locale) {
            return fromLocal(text);
        }

        @Override
        public String print(Instant instant, Locale locale) {
            return local(instant);
        }
    }
}
