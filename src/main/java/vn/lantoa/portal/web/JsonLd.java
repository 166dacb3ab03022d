package vn.lantoa.portal.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.lantoa.newsroom.PublishedArticle;
import vn.lantoa.platform.Zone;

/** schema.org {@code NewsArticle} as JSON, safe inside a {@code <script type="application/ld+json">}. */
final class JsonLd {

    private JsonLd() {}

    static String newsArticle(PublishedArticle a, String url, String image, String publisher) {
        StringBuilder json = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"");
        field(json, "headline", a.title());
        field(json, "description", a.summary());
        field(json, "datePublished", iso(a.publishedAt()));
        field(json, "dateModified", iso(a.updatedAt() == null ? a.publishedAt() : a.updatedAt()));
        field(json, "mainEntityOfPage", url);
        field(json, "url", url);
        if (image != null) {
            field(json, "image", image);
        }
        field(json, "articleSection", a.categoryName());
        field(json, "inLanguage", "vi");
        if (a.authorCredit() != null && !a.authorCredit().isBlank()) {
            json.append(",\"author\":{\"@type\":\"Person\"");
            field(json, "name", a.authorCredit());
            json.append('}');
        }
        json.append(",\"publisher\":{\"@type\":\"Organization\"");
        field(json, "name", publisher);
        json.append("}}");
        return json.toString();
    }

    private static String iso(Instant t) {
        return t == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.atZone(Zone.VIETNAM));
    }

    private static void field(StringBuilder json, String name, String value) {
        if (value == null) {
            return;
        }
        json.append(",\"").append(name).append("\":\"").append(escape(value)).append('"');
    }

    /** JSON string escaping plus {@code <}, {@code >} and {@code &}, so no {@code </script>} can appear. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
