package vn.lantoa.portal.web;

/**
 * What the head of a public page says about it to search engines and link previews.
 *
 * @param type Open Graph type: {@code website} or {@code article}
 * @param image absolute URL of the Open Graph image, or {@code null}
 * @param jsonLd {@code NewsArticle} JSON-LD, already made safe for a script block, or {@code null}
 * @param moreJsonLd further JSON-LD blocks from other modules (e.g. a {@code ClaimReview}), made
 *     safe for a script block
 */
public record Seo(
        String title,
        String description,
        String canonical,
        String type,
        String image,
        String jsonLd,
        java.util.List<String> moreJsonLd) {

    public Seo {
        moreJsonLd = moreJsonLd == null ? java.util.List.of() : java.util.List.copyOf(moreJsonLd);
    }

    public Seo(String title, String description, String canonical, String type, String image, String jsonLd) {
        this(title, description, canonical, type, image, jsonLd, java.util.List.of());
    }

    static Seo website(String title, String description, String path) {
        return new Seo(title, description, PortalPages.absolute(path), "website", null, null);
    }
}
