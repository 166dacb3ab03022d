package vn.lantoa.portal.web;

import java.util.List;
import vn.lantoa.newsroom.ArticleCard;
import vn.lantoa.newsroom.Category;

/** View model of {@code portal/category.jte}. */
public record CategoryPage(Category category, List<ArticleCard> articles, Pager pager, Seo seo) {}
