package vn.lantoa.reports.web;

import java.util.List;

/**
 * View model of {@code reports/received.jte} and {@code reports/member-received.jte}: the tracking
 * code, whether the report joined others about the same content, and claims already on file.
 */
public record ReceivedPage(String code, boolean joined, List<Match> matches, String againUrl) {

    /** A claim the report repeats; the article fields are null until a refutation is published. */
    public record Match(String statement, String verdictLabel, String articleTitle, String articleUrl) {}
}
