package vn.lantoa.reports.internal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits {@link MatchConfidence} on the dev splits of both evaluation sets and measures what a
 * reporter is shown. Run with the test classpath: {@code ClaimMatchingCalibration fit} prints the
 * fitted coefficients and the dev sweep of thresholds; without an argument it prints the figures.
 */
final class ClaimMatchingCalibration {

    /** One report's best two scores and whether the best is its claim (false for no-claim reports). */
    record Observation(double best, double lead, boolean right, boolean hasClaim) {
        double confidence() {
            return MatchConfidence.of(best, lead);
        }
    }

    /** Of the reports of a split: share of shown that were right, and share of labelled that were shown right. */
    record Shown(int reports, int noClaim, int shown, int shownRight, int labelled, int noClaimShown) {
        double precision() {
            return shown == 0 ? 1 : (double) shownRight / shown;
        }

        double recall() {
            return labelled == 0 ? 0 : (double) shownRight / labelled;
        }

        /**
         * Precision if half of all reports were about no claim on file (the no-claim reports
         * reweighted): what a reporter can rely on when many reports are about something new.
         */
        double balancedPrecision() {
            if (labelled == 0 || noClaim == 0) {
                return precision();
            }
            double right = (double) shownRight / labelled;
            double wrongLabelled = (double) (shown - noClaimShown - shownRight) / labelled;
            double wrongNone = (double) noClaimShown / noClaim;
            return right + wrongLabelled + wrongNone == 0 ? 1 : right / (right + wrongLabelled + wrongNone);
        }

        double noClaimShownRate() {
            return noClaim == 0 ? 0 : (double) noClaimShown / noClaim;
        }
    }

    static List<Observation> observe(EvaluationSet set, String split) {
        ClaimMatcher matcher = new ClaimMatcher(set.claims());
        List<Observation> out = new ArrayList<>();
        for (var report : set.split(split)) {
            List<MatchCandidate> top = matcher.match(report.text(), 2);
            double best = top.isEmpty() ? 0 : top.get(0).score();
            double second = top.size() > 1 ? top.get(1).score() : 0;
            boolean right =
                    report.hasClaim() && !top.isEmpty() && top.get(0).claimId().equals(report.claimId());
            out.add(new Observation(best, best - second, right, report.hasClaim()));
        }
        return out;
    }

    static Shown shown(List<Observation> observations, double threshold) {
        return shown(observations, o -> o.confidence() >= threshold);
    }

    static Shown shown(List<Observation> observations, java.util.function.Predicate<Observation> shows) {
        int shown = 0;
        int right = 0;
        int labelled = 0;
        int noClaim = 0;
        int noClaimShown = 0;
        for (Observation o : observations) {
            boolean show = shows.test(o);
            labelled += o.hasClaim() ? 1 : 0;
            noClaim += o.hasClaim() ? 0 : 1;
            if (show) {
                shown++;
                right += o.right() ? 1 : 0;
                noClaimShown += o.hasClaim() ? 0 : 1;
            }
        }
        return new Shown(observations.size(), noClaim, shown, right, labelled, noClaimShown);
    }

    /** What the old rule showed: the best candidate whenever its raw score reached {@code from}. */
    static Shown byRawScore(List<Observation> observations, double from) {
        return shown(observations, o -> o.best() >= from);
    }

    /** Logistic regression of "best is right" on (best, lead) by Newton's method. */
    static double[] fit(List<Observation> data) {
        double[] w = new double[3];
        for (int iteration = 0; iteration < 50; iteration++) {
            double[] gradient = new double[3];
            double[][] hessian = new double[3][3];
            for (Observation o : data) {
                double[] x = {1, o.best(), o.lead()};
                double p = 1 / (1 + Math.exp(-(w[0] * x[0] + w[1] * x[1] + w[2] * x[2])));
                double y = o.right() ? 1 : 0;
                for (int i = 0; i < 3; i++) {
                    gradient[i] += (y - p) * x[i];
                    for (int j = 0; j < 3; j++) {
                        hessian[i][j] += p * (1 - p) * x[i] * x[j] + (i == j ? 1e-6 : 0);
                    }
                }
            }
            double[] step = solve(hessian, gradient);
            for (int i = 0; i < 3; i++) {
                w[i] += step[i];
            }
        }
        return w;
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k <= n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n] / m[i][i];
        }
        return x;
    }

    static List<Observation> dev() {
        List<Observation> dev = new ArrayList<>(observe(EvaluationSet.load(), "dev"));
        dev.addAll(observe(EvaluationSet.siblings(), "dev"));
        return dev;
    }

    static String line(String name, Shown s) {
        return String.format(
                Locale.ROOT,
                "%-14s reports %3d | shown %3d, right %3d: precision %.3f (balanced %.3f), recall %.3f | no-claim shown %d of %d (%.0f%%)%n",
                name,
                s.reports(),
                s.shown(),
                s.shownRight(),
                s.precision(),
                s.balancedPrecision(),
                s.recall(),
                s.noClaimShown(),
                s.noClaim(),
                100 * s.noClaimShownRate());
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("fit")) {
            List<Observation> dev = dev();
            double[] w = fit(dev);
            System.out.printf(Locale.ROOT, "intercept %.2f best %.2f lead %.2f%n", w[0], w[1], w[2]);
            System.out.println("dev sweep with the coefficients in MatchConfidence:");
            for (int t = 50; t <= 99; t += 1) {
                System.out.print(line(String.format(Locale.ROOT, "from %.2f", t / 100.0), shown(dev, t / 100.0)));
            }
            return;
        }
        System.out.println("before (shown whenever the best raw score >= 0.15, the old ReportIntake rule):");
        for (String split : List.of("dev", "test")) {
            System.out.print(line("first " + split, byRawScore(observe(EvaluationSet.load(), split), 0.15)));
            System.out.print(line("sibling " + split, byRawScore(observe(EvaluationSet.siblings(), split), 0.15)));
        }
        System.out.println("now (shown from confidence " + MatchConfidence.SHOW_FROM + "):");
        for (String split : List.of("dev", "test")) {
            System.out.print(
                    line("first " + split, shown(observe(EvaluationSet.load(), split), MatchConfidence.SHOW_FROM)));
            System.out.print(line(
                    "sibling " + split, shown(observe(EvaluationSet.siblings(), split), MatchConfidence.SHOW_FROM)));
        }
    }
}
