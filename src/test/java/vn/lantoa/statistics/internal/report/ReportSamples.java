package vn.lantoa.statistics.internal.report;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import vn.lantoa.platform.Zone;
import vn.lantoa.platform.internal.i18n.I18nConfiguration;
import vn.lantoa.statistics.internal.Period;
import vn.lantoa.statistics.internal.UnitFigures;
import vn.lantoa.statistics.internal.UnitFigures.ChildRow;
import vn.lantoa.statistics.internal.UnitFigures.Count;
import vn.lantoa.statistics.internal.UnitFigures.Slice;
import vn.lantoa.statistics.internal.UnitFigures.StateCounts;
import vn.lantoa.statistics.internal.UnitFigures.Totals;
import vn.lantoa.statistics.internal.UnitFigures.TrendPoint;

/** A small known set of figures and the real message bundles, for the rendering tests. */
final class ReportSamples {

    private ReportSamples() {}

    static ReportDocument.Texts texts() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(I18nConfiguration.bundleBasenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return (key, args) -> source.getMessage(key, args, key, Zone.VI);
    }

    /** Two years of a province's department with two communes and members of its own. */
    static UnitFigures figures() {
        Period period = Period.custom(LocalDate.of(2024, 12, 1), LocalDate.of(2026, 11, 30));
        Totals total = new Totals(1234, 987, 5000, 925, 3900, 420);
        List<ChildRow> children = List.of(
                new ChildRow(11, "Đảng ủy xã Tiểu Cần", true, new Totals(700, 600, 3000, 500, 2000, 200)),
                new ChildRow(12, "Đảng ủy xã Cầu Kè", false, new Totals(500, 370, 1900, 400, 1800, 210)));
        List<TrendPoint> trend = period.buckets().stream()
                .map(b -> new TrendPoint(b, 200 + b.from().getMonthValue(), 150, 40))
                .toList();
        return new UnitFigures(
                1,
                "Ban Tuyên giáo và Dân vận Tỉnh ủy",
                period,
                total,
                new StateCounts(5000, 925, 37),
                new StateCounts(3900, 420, 12),
                List.of(new Slice("7", "Kỷ niệm Ngày Nhà giáo", 3100, 2000), new Slice("0", "", 2825, 2320)),
                List.of(new Slice("FACEBOOK", "Facebook", 4000, 3000), new Slice("ZALO", "Zalo", 1925, 1320)),
                List.of(new Slice("baochinhphu.vn", "Báo Chính phủ", 3500, 0), new Slice("", "", 2425, 0)),
                List.of(new Count("fabricated", 40), new Count("distortion", 83)),
                List.of(new Count("REFUTED", 12), new Count("NEW", 111)),
                12,
                Duration.ofHours(36),
                45678,
                children,
                trend,
                new Totals(1200, 900, 4000, 800, 3000, 300),
                Totals.ZERO);
    }

    static ReportSettings settings() {
        return new ReportSettings(
                1,
                "ĐẢNG BỘ TỈNH VĨNH LONG",
                "BAN TUYÊN GIÁO VÀ DÂN VẬN",
                "BC/BTGDVTU",
                "Vĩnh Long",
                "T/M BAN THƯỜNG VỤ",
                "PHÓ TRƯỞNG BAN",
                "Nguyễn Văn An",
                "Ban Tuyên giáo và Dân vận Trung ương,\nThường trực Tỉnh ủy,\nLưu Văn phòng.");
    }

    static ReportDocument document() {
        return new ReportDocument(figures(), settings(), LocalDate.of(2026, 12, 2), texts());
    }
}
