package vn.lantoa.statistics.internal.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.lantoa.links.Platform;
import vn.lantoa.statistics.internal.Period;
import vn.lantoa.statistics.internal.PeriodKind;
import vn.lantoa.statistics.internal.UnitFigures;
import vn.lantoa.statistics.internal.UnitFigures.Totals;

/**
 * What both forms of the report show, worked out once from the statistics figures so the workbook
 * and the document cannot disagree with each other or with the statistics page.
 */
record ReportDocument(UnitFigures figures, ReportSettings settings, LocalDate issuedOn, Texts texts) {

    /** The report's words, in Vietnamese. */
    @FunctionalInterface
    interface Texts {
        String t(String key, Object... args);
    }

    /** One line of a breakdown: a label and its counts. */
    record Row(String label, long... values) {}

    String t(String key, Object... args) {
        return texts.t(key, args);
    }

    Period period() {
        return figures.period();
    }

    /** "từ ngày 01/11/2026 đến ngày 30/11/2026" */
    String periodText() {
        return t(
                "statistics.report.periodText",
                VietnameseNumbers.date(period().from()),
                VietnameseNumbers.date(period().to()));
    }

    /** "Trong tháng 11/2026", "Trong quý IV năm 2026", "Trong năm 2026", "Qua 02 năm", "Qua 45 ngày". */
    String duringText() {
        Period p = period();
        return switch (p.kind()) {
            case MONTH ->
                t(
                        "statistics.report.during.month",
                        p.from().getMonthValue() + "/" + p.from().getYear());
            case QUARTER ->
                t(
                        "statistics.report.during.quarter",
                        new String[] {"I", "II", "III", "IV"}[(p.from().getMonthValue() - 1) / 3],
                        String.valueOf(p.from().getYear()));
            case YEAR ->
                t("statistics.report.during.year", String.valueOf(p.from().getYear()));
            default -> custom(p);
        };
    }

    private String custom(Period p) {
        for (int years = 1; years <= ReportRequest.MAX_YEARS; years++) {
            if (p.from().plusYears(years).minusDays(1).equals(p.to())) {
                return t("statistics.report.during.years", VietnameseNumbers.twoDigits(years));
            }
        }
        for (int months = 1; months < 12; months++) {
            if (p.from().plusMonths(months).minusDays(1).equals(p.to())) {
                return t("statistics.report.during.months", VietnameseNumbers.twoDigits(months));
            }
        }
        return t("statistics.report.during.days", VietnameseNumbers.twoDigits(p.days()));
    }

    /**
     * The child units' rows and, when the unit has members or actions of its own, a row for those
     * ("trực thuộc"), so that the rows add up to the unit's totals.
     */
    List<Row> unitRows() {
        List<Row> rows = new ArrayList<>();
        long[] sum = new long[6];
        for (UnitFigures.ChildRow child : figures.children()) {
            long[] v = values(child.totals());
            for (int i = 0; i < v.length; i++) {
                sum[i] += v[i];
            }
            rows.add(new Row(child.name(), v));
        }
        long[] own = values(figures.totals());
        boolean any = false;
        for (int i = 0; i < own.length; i++) {
            own[i] -= sum[i];
            any |= own[i] != 0;
        }
        if (any || rows.isEmpty()) {
            rows.add(new Row(t("statistics.report.ownRow", figures.unitName()), own));
        }
        return rows;
    }

    /** The column keys of {@link #unitRows()}. */
    static final List<String> UNIT_COLUMNS = List.of(
            "statistics.report.col.members",
            "statistics.report.col.active",
            "statistics.report.col.sharesVerified",
            "statistics.report.col.sharesSelf",
            "statistics.report.col.rebuttalsVerified",
            "statistics.report.col.rebuttalsSelf");

    private static long[] values(Totals t) {
        return new long[] {
            t.members(),
            t.activeMembers(),
            t.sharesVerified(),
            t.sharesSelfReported(),
            t.rebuttalsVerified(),
            t.rebuttalsSelfReported()
        };
    }

    List<Row> topicRows() {
        return slices(figures.byTopic(), "statistics.report.noCampaign");
    }

    List<Row> platformRows() {
        List<Row> rows = new ArrayList<>();
        for (UnitFigures.Slice s : figures.byPlatform()) {
            String label = s.label() == null || s.label().isBlank() || s.label().equals(s.key())
                    ? labelOr(Platform.labelKey(s.key()), s.key())
                    : s.label();
            rows.add(new Row(label, s.shares(), s.rebuttals()));
        }
        return rows;
    }

    List<Row> sourceRows() {
        List<Row> rows = new ArrayList<>();
        for (UnitFigures.Slice s : figures.bySource()) {
            rows.add(new Row(blank(s.label(), s.key()) ? t("statistics.report.noSource") : label(s), s.shares()));
        }
        return rows;
    }

    List<Row> categoryRows() {
        List<Row> rows = new ArrayList<>();
        for (UnitFigures.Count c : figures.reportsByCategory()) {
            rows.add(new Row(
                    c.key().isBlank()
                            ? t("statistics.reportCategory.none")
                            : labelOr("statistics.reportCategory." + c.key(), t("statistics.reportCategory.other")),
                    c.count()));
        }
        return rows;
    }

    List<Row> statusRows() {
        List<Row> rows = new ArrayList<>();
        for (UnitFigures.Count c : figures.reportsByStatus()) {
            rows.add(new Row(
                    labelOr("statistics.reportStatus." + c.key(), t("statistics.reportStatus.none")), c.count()));
        }
        return rows;
    }

    List<Row> trendRows() {
        List<Row> rows = new ArrayList<>();
        for (UnitFigures.TrendPoint p : figures.trend()) {
            rows.add(new Row(bucketLabel(p.bucket()), p.shares(), p.rebuttals(), p.activeMembers()));
        }
        return rows;
    }

    /** "Tháng 11/2026" for a month, "02/11–08/11/2026" for a week. */
    String bucketLabel(Period bucket) {
        if (bucket.kind() == PeriodKind.MONTH) {
            return t(
                    "statistics.report.bucket.month",
                    bucket.from().getMonthValue() + "/" + bucket.from().getYear());
        }
        return String.format(
                        "%02d/%02d",
                        bucket.from().getDayOfMonth(), bucket.from().getMonthValue())
                + "–" + VietnameseNumbers.date(bucket.to());
    }

    /** "12/2024" for a month, "02/11" for a week: the chart's axis. */
    String shortBucketLabel(Period bucket) {
        return bucket.kind() == PeriodKind.MONTH
                ? String.format(
                        "%02d/%d", bucket.from().getMonthValue(), bucket.from().getYear())
                : String.format(
                        "%02d/%02d",
                        bucket.from().getDayOfMonth(), bucket.from().getMonthValue());
    }

    private List<Row> slices(List<UnitFigures.Slice> slices, String noneKey) {
        List<Row> rows = new ArrayList<>();
        for (UnitFigures.Slice s : slices) {
            rows.add(new Row(blank(s.label(), s.key()) ? t(noneKey) : label(s), s.shares(), s.rebuttals()));
        }
        return rows;
    }

    /** The label of a key of the statistics bundle, or {@code fallback} for a code it does not know. */
    private String labelOr(String key, String fallback) {
        String label = t(key);
        return label.equals(key) ? fallback : label;
    }

    private static boolean blank(String label, String key) {
        return (label == null || label.isBlank()) && (key == null || key.isBlank() || "0".equals(key));
    }

    private static String label(UnitFigures.Slice s) {
        return s.label() == null || s.label().isBlank() ? s.key() : s.label();
    }
}
