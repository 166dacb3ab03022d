package vn.lantoa.reports.internal.matching;

import java.util.List;

/**
 * How likely the best candidate for a text is the claim the text repeats: a logistic model of the
 * best score and of its lead over the second best (a report that fits two siblings equally well is
 * about neither for sure), fitted on the development splits of both evaluation sets
 * ({@code ClaimMatchingCalibration} in the tests). A reporter is told "this has been verified"
 * only from {@link #SHOW_FROM}, chosen on the same dev splits so that what is shown is right at
 * least 95 % of the time; below it, staff see the candidates as "possibly related".
 */
public final class MatchConfidence {

    /** Intercept and coefficients of the best score and of its lead over the second. */
    static final double INTERCEPT = -2.78;

    static final double BEST = 6.96;
    static final double LEAD = 25.06;

    /** Confidence from which the best candidate is shown to the reporter. */
    public static final double SHOW_FROM = 0.94;

    private MatchConfidence() {}

    /** The confidence that the first of these candidates (best first) is the right claim; 0 if none. */
    public static double ofBest(List<MatchCandidate> candidates) {
        if (candidates.isEmpty()) {
            return 0;
        }
        double best = candidates.get(0).score();
        double second = candidates.size() > 1 ? candidates.get(1).score() : 0;
        return of(best, best - second);
    }

    static double of(double best, double lead) {
        return 1 / (1 + Math.exp(-(INTERCEPT + BEST * best + LEAD * lead)));
    }
}
