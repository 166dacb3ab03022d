package vn.lantoa.newsroom.web;

/** View model of {@code newsroom/preview.jte}: the unsaved form, sanitised as it would be stored. */
public record ArticlePreviewPage(
        String title, String summary, String bodyHtml, String categoryName, String authorCredit, String photoCredit) {}
