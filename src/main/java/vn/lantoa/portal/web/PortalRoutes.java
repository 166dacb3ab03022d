package vn.lantoa.portal.web;

import vn.lantoa.platform.web.PlatformRoutes;

/**
 * The portal's own addresses, spelled once: its controllers, navigation, sitemap and page cache
 * use them, its templates link to them, so a renamed route fails the jte build. Home, search,
 * about, contact and RSS are the shell's ({@link PlatformRoutes}); an article's are {@link
 * vn.lantoa.newsroom.ArticleUrls}.
 */
public final class PortalRoutes {

    /** Every category's page lives under this prefix ({@code ?trang=N} pages it). */
    public static final String CATEGORY_PREFIX = "/chuyen-muc/";

    public static final String CATEGORY = CATEGORY_PREFIX + "{slug}";

    public static final String SITEMAP = "/sitemap.xml";

    /** The site's settings in the back office. */
    public static final String SITE_SETTINGS = PlatformRoutes.BACK_OFFICE + "/cai-dat-trang";

    private PortalRoutes() {}

    /** {@code /chuyen-muc/<slug>}: a concatenation, as it is printed on every public page. */
    public static String category(String slug) {
        return CATEGORY_PREFIX + slug;
    }
}
