package vn.lantoa.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.CardPage;
import vn.lantoa.newsroom.Category;
import vn.lantoa.newsroom.Site;
import vn.lantoa.platform.NotFoundException;

/** A category's articles, newest first, ten a page; a page out of range redirects to the nearest one. */
@Controller
class CategoryController {

    static final int PAGE_SIZE = 10;

    private final ArticleCatalog articles;
    private final PortalPages pages;

    CategoryController(ArticleCatalog articles, PortalPages pages) {
        this.articles = articles;
        this.pages = pages;
    }

    @GetMapping(PortalRoutes.CATEGORY)
    String category(
            @PathVariable String slug,
            @RequestParam(name = "trang", required = false) String trang,
            HttpServletRequest request,
            Model model) {
        Site site = pages.site(request);
        Category category = pages.categories(site.id()).stream()
                .filter(c -> c.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new NotFoundException());
        String path = PortalRoutes.category(category.slug());
        int asked = Pager.parse(trang);
        CardPage cards = articles.pageOfCategory(category.id(), 0, asked - 1, PAGE_SIZE);
        int total = Pager.pages(cards.total(), PAGE_SIZE);
        int page = Math.min(asked, total);
        Pager pager = new Pager(page, total, path, null);
        if (trang != null && !trang.equals(String.valueOf(page))) {
            return "redirect:" + pager.url(page);
        }
        Seo seo = Seo.website(category.name(), category.name(), pager.url(page));
        model.addAttribute("page", new CategoryPage(category, cards.cards(), pager, seo));
        return "portal/category";
    }
}
