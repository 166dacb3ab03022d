package vn.lantoa.portal.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.lantoa.newsroom.ArticleCard;
import vn.lantoa.newsroom.ArticleCatalog;

/** The public home page. */
@Controller
class HomeController {

    private final ArticleCatalog articles;

    HomeController(ArticleCatalog articles) {
        this.articles = articles;
    }

    @GetMapping("/")
    String home(Model model) {
        List<ArticleCard> latest = articles.latest(13);
        ArticleCard featured = latest.isEmpty() ? null : latest.getFirst();
        List<ArticleCard> rest = latest.isEmpty() ? List.of() : latest.subList(1, latest.size());
        model.addAttribute("page", new HomePage(featured, rest));
        return "portal/home";
    }
}
