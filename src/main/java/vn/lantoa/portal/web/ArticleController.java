package vn.lantoa.portal.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.PublishedArticle;

/** The public article page; an unknown slug gives the 404 page. */
@Controller
class ArticleController {

    private final ArticleCatalog articles;

    ArticleController(ArticleCatalog articles) {
        this.articles = articles;
    }

    @GetMapping("/bai-viet/{slug}")
    String article(@PathVariable String slug, Model model) {
        PublishedArticle article =
                articles.findPublished(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("page", new ArticlePage(article));
        return "portal/article";
    }
}
