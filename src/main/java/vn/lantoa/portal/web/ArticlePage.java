package vn.lantoa.portal.web;

import java.util.List;
import vn.lantoa.newsroom.ArticleCard;
import vn.lantoa.newsroom.PublishedArticle;

/** View model of {@code portal/article.jte} and {@code portal/print.jte}. */
public record ArticlePage(
        PublishedArticle article,
        String coverUrl,
        List<ArticleCard> others,
        Pager othersPager,
        String republishNotice,
        Share share,
        Seo seo) {

    /** Plain share links: no third-party script is loaded. */
    public record Share(String url, String facebook, String zalo) {}
}
