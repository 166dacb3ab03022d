package vn.lantoa.newsroom.internal;

/** Where an article is in the editorial workflow. "Returned with comments" is DRAFT with a comment. */
public enum ArticleStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    PUBLISHED
}
