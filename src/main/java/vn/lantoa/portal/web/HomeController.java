package vn.lantoa.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.lantoa.newsroom.ArticleCard;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.Category;
import vn.lantoa.newsroom.FrontPage;
import vn.lantoa.newsroom.Site;
import vn.lantoa.platform.web.PlatformRoutes;
import vn.lantoa.platform.web.Ui;

/** The public home page: the featured (newest) article, the latest news and each category's latest. */
@Controller
class HomeController {

    private static final int PER_SECTION = 4;

    private final ArticleCatalog articles;
    private final PortalPages pages;

    HomeController(ArticleCatalog articles, PortalPages pages) {
        this.articles = articles;
        this.pages = pages;
    }

    @GetMapping(PlatformRoutes.HOME)
    String home(HttpServletRequest request, Ui ui, Model model) {
        Site site = pages.site(request);
        FrontPage front = articles.frontPage(site.id(), 7, PER_SECTION);
        List<ArticleCard> latest = front.latest();
        ArticleCard featured = latest.isEmpty() ? null : latest.getFirst();
        List<ArticleCard> rest = latest.isEmpty() ? List.of() : latest.subList(1, latest.size());
        List<HomePage.Section> sections = new ArrayList<>();
        for (Category category : pages.categories(site.id())) {
            List<ArticleCard> inCategory = front.newestByCategory().getOrDefault(category.id(), List.of());
            if (!inCategory.isEmpty()) {
                sections.add(new HomePage.Section(category, inCategory));
            }
        }
        Seo seo = Seo.website(ui.t("portal.home.title"), ui.t("portal.home.description"), PlatformRoutes.HOME);
        model.addAttribute("page", new HomePage(featured, rest, sections, seo));
        return "portal/home";
    }
}
