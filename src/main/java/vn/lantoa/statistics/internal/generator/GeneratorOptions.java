package vn.lantoa.statistics.internal.generator;

import java.time.Instant;
import org.springframework.core.env.Environment;

/**
 * How much to generate. History runs over {@code days} days ending at {@code end} (exclusive),
 * always relative to a clock, never at absolute dates.
 *
 * @param seed everything generated follows from it: the same seed and sizes give the same rows
 * @param communes communes and wards (xã, phường), each with its party cells and mass organisations
 * @param cellsPerCommune chi bộ and đoàn thể under each commune
 * @param members members spread over the units
 * @param actions shares and rebuttals over the period
 * @param reports reports of harmful content over the period
 * @param campaignsPerYear campaigns started per year
 * @param directivesPerYear directives sent per year
 * @param articles whether campaign and refutation articles are written into the newsroom (else
 *     campaigns point at official outlets' pages)
 * @param pendingReview whether some actions are left waiting for review (SELF_REPORTED)
 */
public record GeneratorOptions(
        long seed,
        int communes,
        int cellsPerCommune,
        int members,
        long actions,
        int reports,
        int days,
        int campaignsPerYear,
        int directivesPerYear,
        boolean articles,
        boolean pendingReview,
        Instant end) {

    public GeneratorOptions {
        if (communes < 1 || cellsPerCommune < 1 || members < 1 || actions < 0 || reports < 0 || days < 7) {
            throw new IllegalArgumentException("Generator sizes out of range");
        }
    }

    /** Today's Vĩnh Long over three years: 124 communes, ~1,500 units, 200,000 members, 10,000,000 actions. */
    public static GeneratorOptions province(Instant end) {
        return new GeneratorOptions(2026, 124, 11, 200_000, 10_000_000L, 50_000, 3 * 365, 36, 24, true, true, end);
    }

    /** The province preset with any size overridden by {@code lantoa.generator.*} properties. */
    public static GeneratorOptions from(Environment env, Instant end) {
        GeneratorOptions p = province(end);
        return new GeneratorOptions(
                env.getProperty("lantoa.generator.seed", Long.class, p.seed()),
                env.getProperty("lantoa.generator.communes", Integer.class, p.communes()),
                env.getProperty("lantoa.generator.cells-per-commune", Integer.class, p.cellsPerCommune()),
                env.getProperty("lantoa.generator.members", Integer.class, p.members()),
                env.getProperty("lantoa.generator.actions", Long.class, p.actions()),
                env.getProperty("lantoa.generator.reports", Integer.class, p.reports()),
                env.getProperty("lantoa.generator.days", Integer.class, p.days()),
                env.getProperty("lantoa.generator.campaigns-per-year", Integer.class, p.campaignsPerYear()),
                env.getProperty("lantoa.generator.directives-per-year", Integer.class, p.directivesPerYear()),
                true,
                true,
                end);
    }

    Instant start() {
        return end.minus(java.time.Duration.ofDays(days));
    }
}
