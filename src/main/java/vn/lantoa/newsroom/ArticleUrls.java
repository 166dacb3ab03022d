package vn.lantoa.newsroom;

/**
 * The public addresses of a published article, the one place they are spelled (as {@link
 * MediaUrls} is for images): the portal maps them, the other modules and the templates link to
 * them.
 */
public final class ArticleUrls {

    /** Every article's page lives under this prefix (also the page cache's and the visits' key). */
    public static final String PREFIX = "/bai-viet/";

    /** The page's mapping, with the slug as a path variable. */
    public static final String PAGE = PREFIX + "{slug}";

    /** The print view's mapping. */
    public static final String PRINT = PAGE + "/in";

    /** The PDF's mapping. */
    public static final String PDF = PAGE + "/pdf";

    private ArticleUrls() {}

    /** {@code /bai-viet/<slug>}. */
    public static String path(String slug) {
        return PREFIX + slug;
    }

    public static String printPath(String slug) {
        return path(slug) + "/in";
    }

    public static String pdfPath(String slug) {
        return path(slug) + "/pdf";
    }

    /** The page's absolute address on the site at {@code baseUrl} (with or without a trailing slash). */
    public static String absolute(String baseUrl, String slug) {
        return withoutTrailingSlash(baseUrl) + path(slug);
    }

    /** {@code baseUrl} without the slashes at its end, to append a path to. */
    public static String withoutTrailingSlash(String baseUrl) {
        int end = baseUrl.length();
        while (end > 0 && baseUrl.charAt(end - 1) == '/') {
            end--;
        }
        return baseUrl.substring(0, end);
    }
}
