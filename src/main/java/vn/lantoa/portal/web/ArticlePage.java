package vn.lantoa.portal.web;

import vn.lantoa.newsroom.PublishedArticle;

/** View model of {@code portal/article.jte}. */
public record ArticlePage(PublishedArticle article) {}
