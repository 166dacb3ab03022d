package vn.lantoa.reports.web;

import java.util.List;
import vn.lantoa.newsroom.ArticleCard;
import vn.lantoa.reports.internal.ForwardPackage;
import vn.lantoa.reports.internal.RefutationQueries;

/**
 * View model of {@code reports/refute.jte}: one cluster with what a handler can do about it.
 *
 * @param articleUrl the published refutation's public path, or null
 * @param draftId the refutation article when it is not published yet, or null
 * @param statement what the forms start with: the claim, else the first report's text
 * @param found published articles matching {@code query}
 */
public record RefutePage(
        long clusterId,
        String status,
        RefutationQueries.ClusterRow cluster,
        String articleTitle,
        String articleUrl,
        Long draftId,
        String statement,
        String query,
        List<ArticleCard> found,
        List<RefutationQueries.ReportRow> reports,
        ForwardPackage forward,
        boolean recheckEnabled,
        List<RefutationQueries.TransitionRow> history,
        String notice,
        String error) {

    public static final List<String> VERDICTS = List.of("FALSE", "MISLEADING", "ACCURATE");

    /** "3 ngày 4 giờ"-style figures of a number of hours. */
    public static Object[] daysHours(long hours) {
        return new Object[] {String.valueOf(hours / 24), String.valueOf(hours % 24)};
    }
}
