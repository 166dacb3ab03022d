package vn.lantoa.newsroom.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.VietnameseText;

/** Checks and normalises what an editor sends: NFC text, sanitised HTML, known category and cover. */
@Component
public class ContentRules {

    static final int MAX_TITLE = 300;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_BODY = 1_000_000;
    static final int MAX_TAGS = 20;

    private final JdbcClient jdbc;

    ContentRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ArticleContent normalise(long siteId, ArticleContent in) {
        String title = text(in.title());
        if (title == null) {
            throw new InvalidInputException("newsroom.error.titleRequired");
        }
        if (title.length() > MAX_TITLE) {
            throw new InvalidInputException("newsroom.error.tooLong", "newsroom.field.title", MAX_TITLE);
        }
        String summary = text(in.summary());
        if (summary != null && summary.length() > MAX_SUMMARY) {
            throw new InvalidInputException("newsroom.error.tooLong", "newsroom.field.summary", MAX_SUMMARY);
        }
        if (in.bodyHtml() != null && in.bodyHtml().length() > MAX_BODY) {
            throw new InvalidInputException("newsroom.error.tooLong", "newsroom.field.body", MAX_BODY);
        }
        String body = HtmlSanitizer.clean(VietnameseText.nfc(in.bodyHtml()));
        if (in.categoryId() == null || !categoryOfSite(siteId, in.categoryId())) {
            throw new InvalidInputException("newsroom.error.categoryUnknown");
        }
        String alt = text(in.coverAlt());
        if (in.coverMediaId() != null) {
            if (!mediaOfSite(siteId, in.coverMediaId())) {
                throw new InvalidInputException("newsroom.error.coverUnknown");
            }
            if (alt == null) {
                throw new InvalidInputException("newsroom.error.altRequired");
            }
        }
        return new ArticleContent(
                title,
                summary == null ? "" : summary,
                body,
                in.categoryId(),
                in.coverMediaId(),
                in.coverMediaId() == null ? null : alt,
                text(in.authorCredit()),
                text(in.photoCredit()),
                text(in.originName()),
                url(in.originUrl()),
                text(in.originAuthor()),
                in.originPublishedAt(),
                tags(in.tags()));
    }

    static String text(String s) {
        if (s == null) {
            return null;
        }
        String t = VietnameseText.nfc(s).strip().replaceAll("\\s+", " ");
        return t.isEmpty() ? null : t;
    }

    static String url(String s) {
        String t = text(s);
        if (t == null) {
            return null;
        }
        try {
            URI uri = new URI(t);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || t.length() > 2000) {
                throw new InvalidInputException("newsroom.error.originUrl");
            }
            return t;
        } catch (URISyntaxException e) {
            throw new InvalidInputException("newsroom.error.originUrl");
        }
    }

    static List<String> tags(List<String> raw) {
        Set<String> out = new LinkedHashSet<>();
        for (String tag : raw) {
            String t = text(tag);
            if (t != null) {
                out.add(t.length() > 60 ? t.substring(0, 60) : t);
            }
        }
        if (out.size() > MAX_TAGS) {
            throw new InvalidInputException("newsroom.error.tooManyTags", MAX_TAGS);
        }
        return List.copyOf(out);
    }

    private boolean categoryOfSite(long siteId, long categoryId) {
        return jdbc.sql("SELECT count(*) FROM news_category WHERE id = ? AND site_id = ?")
                        .params(categoryId, siteId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private boolean mediaOfSite(long siteId, long mediaId) {
        return jdbc.sql("SELECT count(*) FROM news_media WHERE id = ? AND site_id = ?")
                        .params(mediaId, siteId)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
