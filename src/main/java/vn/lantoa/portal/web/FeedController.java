package vn.lantoa.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.lantoa.newsroom.ArticleCard;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.ArticleUrls;
import vn.lantoa.newsroom.Site;
import vn.lantoa.platform.Zone;
import vn.lantoa.platform.web.PlatformRoutes;

/** RSS 2.0 of the latest 50 articles and the sitemap of every published article and category ({@link Sitemaps}). */
@Controller
class FeedController {

    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final ArticleCatalog articles;
    private final PortalPages pages;
    private final Sitemaps sitemaps;

    FeedController(
            ArticleCatalog articles,
            PortalPages pages,
            @Value("${lantoa.portal.sitemap.max-urls:" + Sitemaps.PROTOCOL_MAX_URLS + "}") int sitemapMaxUrls) {
        this.articles = articles;
        this.pages = pages;
        this.sitemaps = new Sitemaps(articles, sitemapMaxUrls);
    }

    @GetMapping(PlatformRoutes.RSS)
    ResponseEntity<String> rss(HttpServletRequest request) {
        Site site = pages.site(request);
        String base = PortalPages.base();
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
                <channel>
                """);
        xml.append("<title>").append(x(site.name())).append("</title>\n");
        xml.append("<link>").append(x(base + PlatformRoutes.HOME)).append("</link>\n");
        xml.append("<description>").append(x(site.name())).append("</description>\n");
        xml.append("<language>vi</language>\n");
        xml.append("<atom:link href=\"")
                .append(x(base + PlatformRoutes.RSS))
                .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        for (ArticleCard a : articles.latest(site.id(), 50)) {
            String url = ArticleUrls.absolute(base, a.slug());
            xml.append("<item>\n<title>").append(x(a.title())).append("</title>\n");
            xml.append("<link>").append(x(url)).append("</link>\n");
            xml.append("<guid isPermaLink=\"true\">").append(x(url)).append("</guid>\n");
            xml.append("<description>").append(x(a.summary())).append("</description>\n");
            xml.append("<category>").append(x(a.categoryName())).append("</category>\n");
            xml.append("<pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(
                            a.publishedAt().atZone(Zone.VIETNAM)))
                    .append("</pubDate>\n</item>\n");
        }
        xml.append("</channel>\n</rss>\n");
        return ResponseEntity.ok().contentType(RSS).body(xml.toString());
    }

    @GetMapping(Sitemaps.INDEX)
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        Site site = pages.site(request);
        return ResponseEntity.ok().contentType(XML).body(sitemaps.index(site.id(), PortalPages.base()));
    }

    /** The parts of a sitemap index; {@code /sitemap-1.xml} and on exist only when the site needs an index. */
    @GetMapping("/sitemap-{n:\\d+}.xml")
    ResponseEntity<String> sitemapPart(@PathVariable int n, HttpServletRequest request) {
        Site site = pages.site(request);
        return sitemaps.part(site.id(), n, PortalPages.base())
                .map(xml -> ResponseEntity.ok().contentType(XML).body(xml))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** XML text escaping (also drops characters XML 1.0 cannot carry). */
    static String x(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
