package vn.lantoa.portal.web;

import java.util.List;
import vn.lantoa.newsroom.ArticleCard;
import vn.lantoa.newsroom.Category;

/** View model of {@code portal/home.jte}: the featured article and the latest of each category. */
public record HomePage(ArticleCard featured, List<ArticleCard> latest, List<Section> sections, Seo seo) {

    public record Section(Category category, List<ArticleCard> articles) {}
}
