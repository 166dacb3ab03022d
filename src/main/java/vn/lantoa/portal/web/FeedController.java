package vn.lantoa.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.lantoa.newsroom.ArticleCard;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.Category;
import vn.lantoa.newsroom.Site;
import vn.lantoa.platform.Zone;

/** RSS 2.0 of the latest 50 articles and the sitemap of every published article and category. */
@Controller
class FeedController {

    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final ArticleCatalog articles;
    private final PortalPages pages;

    FeedController(ArticleCatalog articles, PortalPages pages) {
        this.articles = articles;
        this.pages = pages;
    }

    @GetMapping("/rss.xml")
    ResponseEntity<String> rss(HttpServletRequest request) {
        Site site = pages.site(request);
        String base = PortalPages.base();
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
                <channel>
                """);
        xml.append("<title>").append(x(site.name())).append("</title>\n");
        xml.append("<link>").append(x(base + "/")).append("</link>\n");
        xml.append("<description>").append(x(site.name())).append("</description>\n");
        xml.append("<language>vi</language>\n");
        xml.append("<atom:link href=\"")
                .append(x(base + "/rss.xml"))
                .append("\" rel=\"self\" type=\"application/rss+xml\"/>\n");
        for (ArticleCard a : articles.latest(site.id(), 50)) {
            String url = base + "/bai-viet/" + a.slug();
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

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap(HttpServletRequest request) {
        Site site = pages.site(request);
        String base = PortalPages.base();
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                """);
        url(xml, base + "/", null);
        url(xml, base + "/gioi-thieu", null);
        url(xml, base + "/lien-he", null);
        for (Category c : articles.categories(site.id())) {
            url(xml, base + "/chuyen-muc/" + c.slug(), null);
        }
        articles.forEachPublished(
                site.id(),
                a -> url(
                        xml,
                        base + "/bai-viet/" + a.slug(),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                                (a.updatedAt() == null ? a.publishedAt() : a.updatedAt()).atZone(Zone.VIETNAM))));
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(XML).body(xml.toString());
    }

    private static void url(StringBuilder xml, String loc, String lastModified) {
        xml.append("<url><loc>").append(x(loc)).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        xml.append("</url>\n");
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
