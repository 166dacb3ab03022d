package vn.lantoa.platform.web;

import java.util.List;

/**
 * Extra schema.org JSON-LD blocks for a published article's page, e.g. a {@code ClaimReview} when
 * the article refutes a reported claim. A module implements {@link Source}; the portal collects
 * every source and puts each block in its own {@code <script type="application/ld+json">}.
 */
public final class StructuredData {

    private StructuredData() {}

    /** Implemented by a module that has something to say about an article (e.g. {@code reports}). */
    public interface Source {

        /** Complete JSON documents (serialised by a JSON library), none when there is nothing to add. */
        List<String> jsonLdFor(long articleId);
    }

    /**
     * What a source says about this article changed: publish it (Spring event) so that the portal
     * drops the cached page.
     */
    public record Changed(long articleId) {}

    /**
     * The JSON made safe inside a script element: {@code <}, {@code >} and {@code &} (which can only
     * occur inside JSON strings) become {@code \}{@code u} escapes, so neither {@code </script>} nor
     * {@code <!--} can appear; the JSON value stays the same.
     */
    public static String forScript(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
