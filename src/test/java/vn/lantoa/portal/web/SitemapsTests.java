package vn.lantoa.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.portal.PortalTestArticles;

/**
 * The sitemap splits into an index and parts once a site has more addresses than one file may
 * hold. The limit is 50,000 in the protocol; here a small one stands for it, on the real catalogue.
 */
@LanToaIntegrationTest
class SitemapsTests {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String BASE = "https://tinh.example.vn";

    @LocalServerPort
    int port;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    PortalTestArticles articles;

    @BeforeEach
    void setUp() {
        articles = new PortalTestArticles(jdbc, events);
        for (int i = 0; i < 3; i++) {
            articles.publish("Bản đồ trang " + PortalTestArticles.uniqueWord(), "Tóm tắt", "Thân bài", 1);
        }
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document doc, String element) {
        NodeList nodes = doc.getElementsByTagNameNS(NS, element);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(((Element) nodes.item(i))
                    .getElementsByTagNameNS(NS, "loc")
                    .item(0)
                    .getTextContent());
        }
        return out;
    }

    @Test
    void aSiteWithMoreAddressesThanOneFileHoldsGetsAnIndexOfPartsThatTogetherListThemAllOnce() throws Exception {
        long site = articles.defaultSite();
        Document whole = parse(new Sitemaps(catalog, Sitemaps.PROTOCOL_MAX_URLS).index(site, BASE));
        assertThat(whole.getDocumentElement().getLocalName()).isEqualTo("urlset");
        List<String> every = texts(whole, "url");
        assertThat(every).hasSizeGreaterThan(10).doesNotHaveDuplicates();

        int max = 4;
        Sitemaps split = new Sitemaps(catalog, max);
        Document index = parse(split.index(site, BASE));
        assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
        List<String> parts = texts(index, "sitemap");
        int expectedParts = (every.size() + max - 1) / max;
        assertThat(parts).hasSize(expectedParts);
        List<String> listed = new ArrayList<>();
        for (int n = 1; n <= expectedParts; n++) {
            assertThat(parts.get(n - 1)).isEqualTo(BASE + "/sitemap-" + n + ".xml");
            Document part = parse(split.part(site, n, BASE).orElseThrow());
            assertThat(part.getDocumentElement().getLocalName()).isEqualTo("urlset");
            List<String> urls = texts(part, "url");
            assertThat(urls).hasSizeBetween(1, max);
            listed.addAll(urls);
        }
        assertThat(listed).isEqualTo(every);
        assertThat(split.part(site, expectedParts + 1, BASE)).isEmpty();
        assertThat(split.part(site, 0, BASE)).isEmpty();
    }

    @Test
    void aSiteThatFitsOneFileKeepsOneUrlsetAndHasNoParts() {
        long site = articles.defaultSite();
        Sitemaps one = new Sitemaps(catalog, Sitemaps.PROTOCOL_MAX_URLS);
        assertThat(one.index(site, BASE)).contains("<urlset").doesNotContain("sitemapindex");
        assertThat(one.part(site, 1, BASE)).isEmpty();
    }

    @Test
    void noFileMayHoldMoreThanTheProtocolAllows() {
        assertThatThrownBy(() -> new Sitemaps(catalog, Sitemaps.PROTOCOL_MAX_URLS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void overHttpTheSmallDemoSiteHasOneSitemapAndItsPartsAreNotFound() {
        Browser reader = new Browser(port);
        var sitemap = reader.get("/sitemap.xml", "application/xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.body()).contains("<urlset").contains("<lastmod>");
        assertThat(reader.get("/sitemap-1.xml", "application/xml").statusCode()).isEqualTo(404);
    }
}
