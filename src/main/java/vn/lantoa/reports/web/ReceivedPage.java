package vn.lantoa.reports.web;

import java.util.List;

/** View model of {@code reports/received.jte}: the tracking code and claims already on file. */
public record ReceivedPage(String code, List<Match> matches) {

    /** A claim the report repeats; the article fields are null until a refutation is published. */
    public record Match(String statement, String verdictLabel, String articleTitle, String articleUrl) {}
}
