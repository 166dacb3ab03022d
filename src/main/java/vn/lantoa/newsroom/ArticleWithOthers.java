package vn.lantoa.newsroom;

/** A published article and one page of the other articles of its category ("Tin khác"). */
public record ArticleWithOthers(PublishedArticle article, CardPage others) {}
