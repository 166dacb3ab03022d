package vn.lantoa.statistics.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.links.Platform;
import vn.lantoa.platform.Zone;
import vn.lantoa.statistics.internal.UnitFigures;

/** The data of the page's charts as JSON, with labels in the reader's language. */
final class StatisticsCharts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StatisticsCharts() {}

    static String of(UnitFigures f, Function<String, String> t) {
        Map<String, Object> charts = new LinkedHashMap<>();
        charts.put(
                "series",
                Map.of(
                        "shares", t.apply("statistics.shares"),
                        "rebuttals", t.apply("statistics.rebuttals"),
                        "active", t.apply("statistics.activeMembers")));
        charts.put(
                "trend",
                Map.of(
                        "labels",
                                f.trend().stream()
                                        .map(p -> Zone.DATE.format(p.bucket().from()))
                                        .toList(),
                        "shares",
                                f.trend().stream()
                                        .map(UnitFigures.TrendPoint::shares)
                                        .toList(),
                        "rebuttals",
                                f.trend().stream()
                                        .map(UnitFigures.TrendPoint::rebuttals)
                                        .toList(),
                        "active",
                                f.trend().stream()
                                        .map(UnitFigures.TrendPoint::activeMembers)
                                        .toList()));
        List<UnitFigures.Totals> compared = List.of(f.totals(), f.previous(), f.sameLastYear());
        charts.put(
                "compare",
                Map.of(
                        "labels",
                                List.of(
                                        t.apply("statistics.thisPeriod"),
                                        t.apply("statistics.previousPeriod"),
                                        t.apply("statistics.sameLastYear")),
                        "shares",
                                compared.stream()
                                        .map(UnitFigures.Totals::shares)
                                        .toList(),
                        "rebuttals",
                                compared.stream()
                                        .map(UnitFigures.Totals::rebuttals)
                                        .toList(),
                        "active",
                                compared.stream()
                                        .map(UnitFigures.Totals::activeMembers)
                                        .toList()));
        charts.put(
                "children",
                Map.of(
                        "labels",
                                f.children().stream()
                                        .map(UnitFigures.ChildRow::name)
                                        .toList(),
                        "shares",
                                f.children().stream()
                                        .map(c -> c.totals().shares())
                                        .toList(),
                        "rebuttals",
                                f.children().stream()
                                        .map(c -> c.totals().rebuttals())
                                        .toList()));
        charts.put("topics", slices(f.byTopic(), label -> label.isEmpty() ? t.apply("statistics.noCampaign") : label));
        charts.put("platforms", slices(f.byPlatform(), key -> t.apply(Platform.labelKey(key))));
        return JSON.writeValueAsString(charts);
    }

    private static Map<String, Object> slices(List<UnitFigures.Slice> slices, Function<String, String> label) {
        return Map.of(
                "labels", slices.stream().map(s -> label.apply(s.label())).toList(),
                "shares", slices.stream().map(UnitFigures.Slice::shares).toList(),
                "rebuttals", slices.stream().map(UnitFigures.Slice::rebuttals).toList());
    }
}
