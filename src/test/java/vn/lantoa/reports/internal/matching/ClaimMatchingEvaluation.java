package vn.lantoa.reports.internal.matching;

import java.util.List;
import java.util.Locale;

/**
 * Prints MAP@5, Success@1 and Success@10 of the claim matcher and of plain BM25 on the dev and test
 * splits of the labelled set. Run: {@code ./mvnw -q test -Dtest=ClaimMatchingEvaluationTests}
 * (prints the same table and asserts the floor).
 */
final class ClaimMatchingEvaluation {

    /** Best score below which a report is treated as matching no claim; chosen on dev. */
    static final double NO_MATCH_BELOW = 0.15;

    record Row(String split, RankingMetrics matcher, RankingMetrics baseline, double rejected) {}

    static List<Row> run(EvaluationSet set) {
        ClaimMatcher matcher = new ClaimMatcher(set.claims());
        PlainBm25Matcher baseline = new PlainBm25Matcher(set.claims());
        return List.of("dev", "test").stream()
                .map(split -> {
                    var reports = set.split(split);
                    var ours = RankingMetrics.of(
                            reports,
                            (text, k) -> matcher.match(text, k).stream()
                                    .map(MatchCandidate::claimId)
                                    .toList());
                    var plain = RankingMetrics.of(reports, baseline::rank);
                    var none = reports.stream().filter(r -> !r.hasClaim()).toList();
                    long rejected = none.stream()
                            .filter(r -> matcher.match(r.text(), 1).stream().allMatch(c -> c.score() < NO_MATCH_BELOW))
                            .count();
                    return new Row(split, ours, plain, none.isEmpty() ? 1 : (double) rejected / none.size());
                })
                .toList();
    }

    static String table(List<Row> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "%-5s %7s | %-22s | %-22s | %s%n",
                "split",
                "reports",
                "matcher MAP5 S@1 S@10",
                "BM25 MAP5 S@1 S@10",
                "MAP@5 ratio, no-claim rejected"));
        for (Row r : rows) {
            out.append(String.format(
                    Locale.ROOT,
                    "%-5s %7d | %.3f  %.3f  %.3f    | %.3f  %.3f  %.3f    | %.2f×, %.0f%%%n",
                    r.split(),
                    r.matcher().queries(),
                    r.matcher().map5(),
                    r.matcher().success1(),
                    r.matcher().success10(),
                    r.baseline().map5(),
                    r.baseline().success1(),
                    r.baseline().success10(),
                    r.matcher().map5() / r.baseline().map5(),
                    100 * r.rejected()));
        }
        return out.toString();
    }

    /** MAP@5 on each split of the matcher without the synonym list (ablation). */
    static String withoutSynonyms(EvaluationSet set) {
        var plain = new TextNormalizer(TextNormalizer.load("/reports/teencode.tsv"));
        var matcher = new ClaimMatcher(set.claims(), plain, ClaimMatcher.Weights.DEFAULT);
        StringBuilder out = new StringBuilder("without the synonym list, MAP@5:");
        for (String split : List.of("dev", "test")) {
            out.append(String.format(
                    Locale.ROOT,
                    " %s %.3f",
                    split,
                    RankingMetrics.of(set.split(split), (text, k) -> ids(matcher.match(text, k)))
                            .map5()));
        }
        return out.append(System.lineSeparator()).toString();
    }

    /** MAP@5 of both matchers per kind of report on one split. */
    static String byKind(EvaluationSet set, String split) {
        ClaimMatcher matcher = new ClaimMatcher(set.claims());
        PlainBm25Matcher baseline = new PlainBm25Matcher(set.claims());
        var reports = set.split(split).stream()
                .filter(EvaluationSet.LabelledReport::hasClaim)
                .toList();
        var kinds = new java.util.TreeMap<String, List<EvaluationSet.LabelledReport>>();
        reports.forEach(r -> kinds.computeIfAbsent(r.kind(), k -> new java.util.ArrayList<>())
                .add(r));
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT, "%s split, MAP@5 by kind: %-12s %4s  %7s  %5s%n", split, "kind", "n", "matcher", "BM25"));
        kinds.forEach((kind, list) -> out.append(String.format(
                Locale.ROOT,
                "%29s %-12s %4d  %7.3f  %5.3f%n",
                "",
                kind,
                list.size(),
                RankingMetrics.of(list, (text, k) -> ids(matcher.match(text, k)))
                        .map5(),
                RankingMetrics.of(list, baseline::rank).map5())));
        return out.toString();
    }

    /** Dev-split MAP@5 for a grid of signal weights: the only place weights were chosen. */
    static String tune(EvaluationSet set) {
        var dev = set.split("dev");
        StringBuilder out =
                new StringBuilder("dev MAP@5 / S@1 by weights (syllables, accented, bigrams, characters, minhash)\n");
        double[] grid = {0, 0.1, 0.2, 0.3, 0.4};
        for (double a : grid) {
            for (double b : grid) {
                for (double c : grid) {
                    for (double d : new double[] {0, 0.1, 0.2}) {
                        for (double e : grid) {
                            if (a + b + c + d + e == 0) {
                                continue;
                            }
                            var weights = new ClaimMatcher.Weights(a, e, b, c, d);
                            var m = new ClaimMatcher(set.claims(), TextNormalizer.standard(), weights);
                            var r = RankingMetrics.of(dev, (text, k) -> ids(m.match(text, k)));
                            out.append(String.format(
                                    Locale.ROOT,
                                    "%.1f %.1f %.1f %.1f %.1f  %.4f %.4f%n",
                                    a,
                                    e,
                                    b,
                                    c,
                                    d,
                                    r.map5(),
                                    r.success1()));
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    /** On dev: share of no-claim reports rejected and of labelled reports wrongly rejected. */
    static String thresholds(EvaluationSet set) {
        ClaimMatcher matcher = new ClaimMatcher(set.claims());
        var dev = set.split("dev");
        StringBuilder out = new StringBuilder("threshold  no-claim rejected  labelled rejected\n");
        for (int t = 5; t <= 60; t += 5) {
            double threshold = t / 100.0;
            long none = dev.stream().filter(r -> !r.hasClaim()).count();
            long labelled = dev.size() - none;
            long noneRejected = dev.stream()
                    .filter(r -> !r.hasClaim() && best(matcher, r.text()) < threshold)
                    .count();
            long labelledRejected = dev.stream()
                    .filter(r -> r.hasClaim() && best(matcher, r.text()) < threshold)
                    .count();
            out.append(String.format(
                    Locale.ROOT,
                    "%.2f       %5.1f%%             %5.1f%%%n",
                    threshold,
                    100.0 * noneRejected / none,
                    100.0 * labelledRejected / labelled));
        }
        return out.toString();
    }

    private static double best(ClaimMatcher matcher, String text) {
        return matcher.match(text, 1).stream()
                .mapToDouble(MatchCandidate::score)
                .max()
                .orElse(0);
    }

    private static List<String> ids(List<MatchCandidate> candidates) {
        return candidates.stream().map(MatchCandidate::claimId).toList();
    }

    public static void main(String[] args) {
        EvaluationSet set = EvaluationSet.load();
        if (args.length > 0 && args[0].equals("tune")) {
            System.out.print(tune(set));
            return;
        }
        if (args.length > 0 && args[0].equals("threshold")) {
            System.out.print(thresholds(set));
            return;
        }
        System.out.println(
                "claims " + set.claims().size() + ", reports " + set.reports().size());
        System.out.print(table(run(set)));
        System.out.print(byKind(set, "test"));
        System.out.print(withoutSynonyms(set));
    }
}
