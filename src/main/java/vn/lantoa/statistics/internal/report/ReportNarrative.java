package vn.lantoa.statistics.internal.report;

import static vn.lantoa.statistics.internal.report.VietnameseNumbers.count;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.lantoa.statistics.internal.UnitFigures;
import vn.lantoa.statistics.internal.UnitFigures.Totals;

/**
 * The results in sentences, as a committee's report states them ("… đã đăng tải, chia sẻ được
 * 5.925 thông tin, bài viết từ các báo chính thống …"), each figure the statistics' own.
 */
final class ReportNarrative {

    /** A numbered heading and its paragraphs. */
    record Section(String heading, List<String> paragraphs) {}

    private ReportNarrative() {}

    static List<Section> sections(ReportDocument doc) {
        UnitFigures f = doc.figures();
        Totals t = f.totals();
        List<Section> out = new ArrayList<>();
        out.add(new Section(
                doc.t("statistics.report.section.members"),
                List.of(doc.t(
                        "statistics.report.body.members",
                        VietnameseNumbers.date(doc.period().to()),
                        f.unitName(),
                        count(t.members()),
                        count(t.activeMembers()),
                        VietnameseNumbers.percent(t.activeRate())))));

        List<String> sharing = new ArrayList<>();
        sharing.add(doc.t(
                "statistics.report.body.shares",
                doc.duringText() + " (" + doc.periodText() + ")",
                count(t.shares()),
                count(t.sharesVerified()),
                count(t.sharesSelfReported()),
                count(t.rebuttals()),
                count(t.rebuttalsVerified()),
                count(t.rebuttalsSelfReported())));
        if (f.shares().rejected() + f.rebuttals().rejected() > 0) {
            sharing.add(doc.t(
                    "statistics.report.body.rejected",
                    count(f.shares().rejected()),
                    count(f.rebuttals().rejected())));
        }
        String topics = top(doc.topicRows());
        if (!topics.isEmpty()) {
            sharing.add(doc.t("statistics.report.body.topics", topics));
        }
        String platforms = top(doc.platformRows());
        if (!platforms.isEmpty()) {
            sharing.add(doc.t("statistics.report.body.platforms", platforms));
        }
        long before = f.previous() == null ? 0 : f.previous().shares();
        if (before > 0) {
            long now = t.shares();
            String key = now >= before ? "statistics.report.body.compare.up" : "statistics.report.body.compare.down";
            sharing.add(doc.t(
                    key,
                    VietnameseNumbers.percent(Math.abs(now - before) / (double) before),
                    count(now),
                    count(before)));
        }
        out.add(new Section(doc.t("statistics.report.section.shares"), sharing));

        List<String> reports = new ArrayList<>();
        if (f.reportsTotal() == 0) {
            reports.add(doc.t("statistics.report.body.noReports"));
        } else {
            List<String> parts = new ArrayList<>();
            for (ReportDocument.Row r : doc.categoryRows()) {
                parts.add(r.label() + ": " + count(r.values()[0]));
            }
            reports.add(doc.t("statistics.report.body.reports", count(f.reportsTotal()), String.join("; ", parts)));
        }
        if (f.refutationsPublished() > 0 && f.medianTimeToRefutation() != null) {
            reports.add(doc.t(
                    "statistics.report.body.refuted",
                    count(f.refutationsPublished()),
                    VietnameseNumbers.duration(
                            f.medianTimeToRefutation(),
                            doc.t("statistics.report.unit.hours"),
                            doc.t("statistics.report.unit.days"))));
        } else {
            reports.add(doc.t("statistics.report.body.noRefuted"));
        }
        out.add(new Section(doc.t("statistics.report.section.reports"), reports));

        out.add(new Section(
                doc.t("statistics.report.section.portal"),
                List.of(doc.t("statistics.report.body.visits", count(f.portalVisits())))));
        return out;
    }

    /** The three largest rows by their first two values: "Facebook (3.000 lượt), Zalo (2.000 lượt)". */
    private static String top(List<ReportDocument.Row> rows) {
        return rows.stream()
                .filter(r -> total(r) > 0)
                .sorted(Comparator.comparingLong(ReportNarrative::total).reversed())
                .limit(3)
                .map(r -> r.label() + " (" + count(total(r)) + ")")
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    private static long total(ReportDocument.Row r) {
        long sum = 0;
        for (int i = 0; i < Math.min(2, r.values().length); i++) {
            sum += r.values()[i];
        }
        return sum;
    }
}
