package vn.lantoa.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.platform.web.PlatformRoutes;
import vn.lantoa.platform.web.Ui;
import vn.lantoa.portal.internal.ArticleSearch;
import vn.lantoa.portal.internal.SearchResults;
import vn.lantoa.portal.internal.SearchText;

/** {@code /tim-kiem?q=…&trang=N}: accent-insensitive search; any input gives a page, never an error. */
@Controller
class SearchController {

    private final ArticleSearch search;
    private final PortalPages pages;

    SearchController(ArticleSearch search, PortalPages pages) {
        this.search = search;
        this.pages = pages;
    }

    @GetMapping(PlatformRoutes.SEARCH)
    String search(
            @RequestParam(name = "q", required = false) String q,
            @RequestParam(name = "trang", required = false) String trang,
            HttpServletRequest request,
            Ui ui,
            Model model) {
        String raw = q == null ? "" : q;
        SearchResults results = search.search(pages.site(request).id(), raw, Pager.parse(trang));
        boolean shortened = SearchText.cleanQuery(raw).length() < raw.strip().length();
        Pager pager = new Pager(results.page(), results.pages(), PlatformRoutes.SEARCH, results.query());
        String title = results.query().isEmpty()
                ? ui.t("portal.search.title")
                : ui.t("portal.search.titleFor", results.query());
        Seo seo = Seo.website(title, ui.t("portal.search.title"), pager.url(results.page()));
        model.addAttribute("page", new SearchPage(results.query(), results, pager, shortened, seo));
        return "portal/search";
    }
}
