package vn.lantoa.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.newsroom.ArticleCard;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.ArticleUrls;
import vn.lantoa.newsroom.ArticleWithOthers;
import vn.lantoa.newsroom.CardPage;
import vn.lantoa.newsroom.MediaUrls;
import vn.lantoa.newsroom.PublishedArticle;
import vn.lantoa.newsroom.Site;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.web.Ui;
import vn.lantoa.portal.internal.ArticlePdf;
import vn.lantoa.portal.internal.ArticleStructuredData;
import vn.lantoa.portal.internal.SiteSettingsStore;

/** The public article page with "Tin khác", its print view and its PDF; an unknown slug gives 404. */
@Controller
class ArticleController {

    static final int OTHERS_PAGE_SIZE = 5;

    private final ArticleCatalog articles;
    private final PortalPages pages;
    private final SiteSettingsStore settings;
    private final ArticlePdf pdf;
    private final ArticleStructuredData structuredData;

    ArticleController(
            ArticleCatalog articles,
            PortalPages pages,
            SiteSettingsStore settings,
            ArticlePdf pdf,
            ArticleStructuredData structuredData) {
        this.articles = articles;
        this.pages = pages;
        this.settings = settings;
        this.pdf = pdf;
        this.structuredData = structuredData;
    }

    @GetMapping(ArticleUrls.PAGE)
    String article(
            @PathVariable String slug,
            @RequestParam(name = "trang", required = false) String trang,
            HttpServletRequest request,
            Ui ui,
            Model model) {
        model.addAttribute("page", page(slug, request, Pager.parse(trang), ui));
        return "portal/article";
    }

    @GetMapping(ArticleUrls.PRINT)
    String print(@PathVariable String slug, HttpServletRequest request, Ui ui, Model model) {
        model.addAttribute("page", page(slug, request, 1, ui));
        return "portal/print";
    }

    @GetMapping(ArticleUrls.PDF)
    ResponseEntity<byte[]> pdf(@PathVariable String slug, HttpServletRequest request) {
        PublishedArticle article = find(slug, request);
        String notice = settings.get(article.siteId()).republishNotice();
        byte[] body = pdf.render(article, PortalPages.absolute(ArticleUrls.path(article.slug())), notice);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename(article.slug() + ".pdf")
                                .build()
                                .toString())
                .body(body);
    }

    private PublishedArticle find(String slug, HttpServletRequest request) {
        Site site = pages.site(request);
        return articles.findPublished(site.id(), slug).orElseThrow(() -> new NotFoundException());
    }

    private ArticlePage page(String slug, HttpServletRequest request, int asked, Ui ui) {
        Site site = pages.site(request);
        ArticleWithOthers found = articles.findPublishedWithOthers(site.id(), slug, asked - 1, OTHERS_PAGE_SIZE)
                .orElseThrow(() -> new NotFoundException());
        PublishedArticle a = found.article();
        String path = ArticleUrls.path(a.slug());
        CardPage window = found.others();
        int pagesOfOthers = Pager.pages(window.total(), OTHERS_PAGE_SIZE);
        int page = Math.min(asked, pagesOfOthers);
        if (page != asked) {
            window = articles.pageOfCategory(a.categoryId(), a.id(), page - 1, OTHERS_PAGE_SIZE);
        }
        List<ArticleCard> others = window.cards();
        String url = PortalPages.absolute(path);
        String enc = URLEncoder.encode(url, StandardCharsets.UTF_8);
        var share = new ArticlePage.Share(
                url, "https://www.facebook.com/sharer/sharer.php?u=" + enc, "https://zalo.me/share?url=" + enc);
        String cover = a.coverMediaId() == null ? null : MediaUrls.of(a.coverMediaId(), MediaUrls.Variant.ARTICLE);
        String og = a.coverMediaId() == null
                ? null
                : PortalPages.absolute(MediaUrls.of(a.coverMediaId(), MediaUrls.Variant.OG));
        String description = a.summary() == null || a.summary().isBlank() ? a.title() : a.summary();
        List<String> more = structuredData.forArticle(a.id());
        Seo seo = new Seo(
                a.title(), description, url, "article", og, JsonLd.newsArticle(a, url, og, ui.siteName()), more);
        return new ArticlePage(
                a,
                cover,
                others,
                new Pager(page, pagesOfOthers, path, null),
                settings.get(a.siteId()).republishNotice(),
                share,
                seo);
    }
}
