package vn.lantoa.newsroom.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import vn.lantoa.newsroom.internal.Article;
import vn.lantoa.newsroom.internal.ArticleContent;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.Zone;

/** The editor form as the browser sends it; times are {@code datetime-local} in Vietnam's zone. */
public record ArticleForm(
        String title,
        String summary,
        String bodyHtml,
        Long categoryId,
        String coverAlt,
        String authorCredit,
        String photoCredit,
        String originName,
        String originUrl,
        String originAuthor,
        String originPublishedAt,
        String tags,
        Integer version,
        String clientKey,
        Boolean removeCover) {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    static ArticleForm empty(String clientKey) {
        return new ArticleForm("", "", "", null, "", "", "", "", "", "", "", "", null, clientKey, false);
    }

    static ArticleForm of(Article a) {
        ArticleContent c = a.content();
        return new ArticleForm(
                c.title(),
                c.summary(),
                c.bodyHtml(),
                c.categoryId(),
                c.coverAlt(),
                c.authorCredit(),
                c.photoCredit(),
                c.originName(),
                c.originUrl(),
                c.originAuthor(),
                local(c.originPublishedAt()),
                String.join(", ", c.tags()),
                a.version(),
                null,
                false);
    }

    /** The content to save; {@code currentCover} is kept unless the form removes it. */
    ArticleContent content(Long currentCover) {
        if (categoryId == null) {
            throw new InvalidInputException("newsroom.error.categoryUnknown");
        }
        List<String> tagList = tags == null ? List.of() : Arrays.asList(tags.split("[,;]"));
        return new ArticleContent(
                title,
                summary,
                bodyHtml,
                categoryId,
                Boolean.TRUE.equals(removeCover) ? null : currentCover,
                coverAlt,
                authorCredit,
                photoCredit,
                originName,
                originUrl,
                originAuthor,
                instant(originPublishedAt),
                tagList);
    }

    static Instant instant(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.strip(), LOCAL)
                    .atZone(Zone.VIETNAM)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("newsroom.error.badTime");
        }
    }

    static String local(Instant instant) {
        return instant == null ? "" : LOCAL.format(instant.atZone(Zone.VIETNAM));
    }

    ArticleForm withVersion(int newVersion) {
        return new ArticleForm(
                title,
                summary,
                bodyHtml,
                categoryId,
                coverAlt,
                authorCredit,
                photoCredit,
                originName,
                originUrl,
                originAuthor,
                originPublishedAt,
                tags,
                newVersion,
                clientKey,
                removeCover);
    }

    public String value(String s) {
        return s == null ? "" : s;
    }
}
