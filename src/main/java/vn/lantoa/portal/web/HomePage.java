package vn.lantoa.portal.web;

import java.util.List;
import vn.lantoa.newsroom.ArticleCard;

/** View model of {@code portal/home.jte}. */
public record HomePage(ArticleCard featured, List<ArticleCard> latest) {}
