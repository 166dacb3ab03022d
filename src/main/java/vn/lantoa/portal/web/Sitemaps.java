package vn.lantoa.portal.web;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.ArticleStamp;
import vn.lantoa.newsroom.ArticleUrls;
import vn.lantoa.newsroom.Category;
import vn.lantoa.platform.Zone;
import vn.lantoa.platform.web.PlatformRoutes;

/**
 * The sitemap of a site (sitemaps.org 0.9): one {@code <urlset>} while the site has at most
 * {@code maxUrls} addresses (the protocol allows 50,000 per file), else a {@code <sitemapindex>}
 * of {@code /sitemap-1.xml}, {@code /sitemap-2.xml}, … of at most {@code maxUrls} each. The
 * addresses are in one fixed order (home, fixed pages, categories, then articles by id), so file n
 * is a window of it and each file costs one query of at most {@code maxUrls} light rows.
 */
final class Sitemaps {

    static final int PROTOCOL_MAX_URLS = 50_000;
    static final String INDEX = PortalRoutes.SITEMAP;
    static final String PART_PREFIX = "/sitemap-";
    private static final List<String> FIXED_PAGES =
            List.of(PlatformRoutes.HOME, PlatformRoutes.ABOUT, PlatformRoutes.CONTACT);

    private final ArticleCatalog articles;
    private final int maxUrls;

    Sitemaps(ArticleCatalog articles, int maxUrls) {
        if (maxUrls < 1 || maxUrls > PROTOCOL_MAX_URLS) {
            throw new IllegalArgumentException("a sitemap holds 1 to 50,000 URLs, not " + maxUrls);
        }
        this.articles = articles;
        this.maxUrls = maxUrls;
    }

    static String partPath(int n) {
        return PART_PREFIX + n + ".xml";
    }

    /** {@code /sitemap.xml}: every address, or the index of the parts when they do not fit one file. */
    String index(long siteId, String base) {
        List<String> head = head(siteId);
        long total = head.size() + articles.countPublished(siteId);
        if (total <= maxUrls) {
            return urlset(head, 0, head.size(), siteId, 0, (int) total - head.size(), base);
        }
        long parts = (total + maxUrls - 1) / maxUrls;
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        for (int n = 1; n <= parts; n++) {
            xml.append("<sitemap><loc>")
                    .append(FeedController.x(base + partPath(n)))
                    .append("</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    /** {@code /sitemap-n.xml}: the n-th window of {@code maxUrls} addresses, if the site is split. */
    Optional<String> part(long siteId, int n, String base) {
        List<String> head = head(siteId);
        long total = head.size() + articles.countPublished(siteId);
        long start = (long) (n - 1) * maxUrls;
        if (n < 1 || total <= maxUrls || start >= total) {
            return Optional.empty();
        }
        long end = Math.min(total, start + maxUrls);
        int headFrom = (int) Math.min(start, head.size());
        int headTo = (int) Math.min(end, head.size());
        long articleFrom = Math.max(0, start - head.size());
        int articleCount = (int) (end - Math.max(start, head.size()));
        return Optional.of(urlset(head, headFrom, headTo, siteId, articleFrom, Math.max(0, articleCount), base));
    }

    private List<String> head(long siteId) {
        List<String> paths = new ArrayList<>(FIXED_PAGES);
        for (Category c : articles.categories(siteId)) {
            paths.add(PortalRoutes.category(c.slug()));
        }
        return paths;
    }

    private String urlset(
            List<String> head, int headFrom, int headTo, long siteId, long articleFrom, int articleCount, String base) {
        StringBuilder xml = new StringBuilder(128 + 150 * (headTo - headFrom + articleCount));
        xml.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        for (String path : head.subList(headFrom, headTo)) {
            url(xml, base + path, null);
        }
        if (articleCount > 0) {
            for (ArticleStamp a : articles.stamps(siteId, articleFrom, articleCount)) {
                url(xml, ArticleUrls.absolute(base, a.slug()), a.lastModified());
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    private static void url(StringBuilder xml, String loc, java.time.Instant lastModified) {
        xml.append("<url><loc>").append(FeedController.x(loc)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>")
                    .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(lastModified.atZone(Zone.VIETNAM)))
                    .append("</lastmod>");
        }
        xml.append("</url>\n");
    }
}
