package vn.lantoa.newsroom.web;

import java.util.List;
import vn.lantoa.newsroom.internal.ArticleQueries;
import vn.lantoa.newsroom.internal.ArticleStatus;

/** View model of {@code newsroom/articles.jte}. */
public record ArticleListPage(
        List<ArticleQueries.Row> rows,
        String status,
        List<ArticleStatus> statuses,
        List<ArticleQueries.MissedSchedule> missed) {}
