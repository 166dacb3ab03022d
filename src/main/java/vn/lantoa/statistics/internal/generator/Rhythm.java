package vn.lantoa.statistics.internal.generator;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import vn.lantoa.platform.Zone;

/**
 * How many actions fall on each day of the period: more on weekdays than at weekends, few around
 * Tết (the lunar new year), peaks in the first days of each campaign, and a programme that grows
 * over time. Per day also the share of it each running campaign draws, so campaign actions land
 * where the peaks are.
 */
final class Rhythm {

    /** First day of Tết (mùng 1) by year; outside these years there is no Tết dip. */
    private static final Map<Integer, LocalDate> TET = Map.of(
            2023, LocalDate.of(2023, 1, 22),
            2024, LocalDate.of(2024, 2, 10),
            2025, LocalDate.of(2025, 1, 29),
            2026, LocalDate.of(2026, 2, 17),
            2027, LocalDate.of(2027, 2, 6),
            2028, LocalDate.of(2028, 1, 26),
            2029, LocalDate.of(2029, 2, 13),
            2030, LocalDate.of(2030, 2, 3),
            2031, LocalDate.of(2031, 1, 23),
            2032, LocalDate.of(2032, 2, 11));

    private static final double[] HOURS = {
        1, 0.5, 0.3, 0.3, 0.5, 2, 5, 8, 7, 6, 6, 7, 8, 6, 5, 5, 6, 7, 8, 9, 10, 9, 6, 3
    };

    private final LocalDate first;
    private final int days;
    private final double[] weight;
    private final double[][] campaignShare; // [day][campaign index] or null when none runs

    Rhythm(GeneratorOptions options, List<Campaigns.Campaign> campaigns) {
        this.first = LocalDate.ofInstant(options.start(), Zone.VIETNAM);
        this.days = (int) ChronoUnit.DAYS.between(
                        first, LocalDate.ofInstant(options.end().minusNanos(1), Zone.VIETNAM))
                + 1;
        this.weight = new double[days];
        this.campaignShare = new double[days][];
        for (int d = 0; d < days; d++) {
            LocalDate date = first.plusDays(d);
            double base = weekday(date) * tet(date) * (0.6 + 0.6 * d / days);
            double[] boost = new double[campaigns.size()];
            double boosts = 0;
            for (int c = 0; c < campaigns.size(); c++) {
                Campaigns.Campaign campaign = campaigns.get(c);
                LocalDate from = LocalDate.ofInstant(campaign.start(), Zone.VIETNAM);
                LocalDate to = LocalDate.ofInstant(campaign.end(), Zone.VIETNAM);
                if (!date.isBefore(from) && !date.isAfter(to)) {
                    long age = ChronoUnit.DAYS.between(from, date);
                    double scope = campaign.targetUnit() == 0 ? 1.0 : 0.3;
                    boost[c] = scope * (age < 3 ? 1.6 : age < 7 ? 1.0 : 0.5);
                    boosts += boost[c];
                }
            }
            weight[d] = base * (1 + boosts);
            if (boosts > 0) {
                for (int c = 0; c < boost.length; c++) {
                    boost[c] /= 1 + boosts;
                }
                campaignShare[d] = boost;
            }
        }
    }

    int days() {
        return days;
    }

    LocalDate date(int day) {
        return first.plusDays(day);
    }

    /** Exactly {@code total} actions spread over the days in proportion to their weights. */
    long[] counts(long total) {
        double sum = 0;
        for (double w : weight) {
            sum += w;
        }
        long[] counts = new long[days];
        long given = 0;
        double cumulative = 0;
        for (int d = 0; d < days; d++) {
            cumulative += weight[d];
            long upTo = Math.round(total * cumulative / sum);
            counts[d] = upTo - given;
            given = upTo;
        }
        return counts;
    }

    /** The campaign index an action of the day belongs to for a uniform {@code u}, or -1 (own initiative). */
    int campaign(int day, double u) {
        double[] shares = campaignShare[day];
        if (shares == null) {
            return -1;
        }
        for (int c = 0; c < shares.length; c++) {
            u -= shares[c];
            if (u < 0) {
                return c;
            }
        }
        return -1;
    }

    /** An instant on the day, at an hour drawn from the day's rhythm (mornings, noon, evenings). */
    Instant at(int day, double hourU, double withinU) {
        double sum = 0;
        for (double h : HOURS) {
            sum += h;
        }
        double r = hourU * sum;
        int hour = 0;
        while (hour < 23 && (r -= HOURS[hour]) >= 0) {
            hour++;
        }
        return date(day)
                .atStartOfDay(Zone.VIETNAM)
                .toInstant()
                .plus(Duration.ofHours(hour))
                .plusMillis((long) (withinU * 3_600_000));
    }

    private static double weekday(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY ? 0.6 : d == DayOfWeek.SUNDAY ? 0.45 : 1.0;
    }

    /** From four days before Tết to a week after it, a quarter of the usual. */
    private static double tet(LocalDate date) {
        for (int year = date.getYear(); year <= date.getYear() + 1; year++) {
            LocalDate tet = TET.get(year);
            if (tet != null && !date.isBefore(tet.minusDays(4)) && !date.isAfter(tet.plusDays(7))) {
                return 0.25;
            }
        }
        return 1.0;
    }
}
