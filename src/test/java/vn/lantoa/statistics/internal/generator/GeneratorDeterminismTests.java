package vn.lantoa.statistics.internal.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generator's rows follow from the seed and the sizes alone. */
class GeneratorDeterminismTests {

    private static final Catalog CATALOG = new Catalog(
            Map.of("TINH_UY", 1L, "DANG_BO", 2L, "DANG_UY_XA", 3L, "CHI_BO", 4L, "DOAN_THE", 5L),
            Map.of("CAN_BO", 1L, "DANG_VIEN", 2L, "DOAN_VIEN", 3L, "HOI_VIEN", 4L),
            new long[] {1, 2, 3, 4, 5},
            1,
            "Trang thử",
            "https://lantoa.example",
            9,
            new long[] {6, 7, 8});

    private static GeneratorOptions options(long seed, Instant end) {
        return new GeneratorOptions(seed, 4, 4, 500, 20_000, 120, 400, 12, 6, true, true, end);
    }

    private static DigestSink run(GeneratorOptions options) {
        DigestSink sink = new DigestSink();
        Structure structure = new StructureGenerator(sink, CATALOG, options).generate();
        Campaigns campaigns =
                new ContentGenerator(sink, CATALOG, options, structure).generate(ReportGenerator.claimsFor(options));
        new ActionGenerator(sink, options, structure, campaigns).generate(written -> {});
        new ReportGenerator(sink, options, structure, campaigns).generate();
        return sink;
    }

    @Test
    void theSameSeedAndSizesGiveTheSameRows() {
        Instant end = Instant.now();
        assertThat(run(options(7, end)).hex()).isEqualTo(run(options(7, end)).hex());
    }

    @Test
    void anotherSeedGivesOtherRows() {
        Instant end = Instant.now();
        assertThat(run(options(7, end)).hex()).isNotEqualTo(run(options(8, end)).hex());
    }

    @Test
    void writesExactlyTheRequestedCounts() {
        GeneratorOptions options = options(7, Instant.now().minus(Duration.ofDays(3)));
        DigestSink sink = run(options);
        assertThat(sink.rows)
                .containsEntry("org_member", 500L)
                .containsEntry("shr_action", 20_000L)
                .containsEntry("shr_action_key", 20_000L)
                .containsEntry("rpt_report", 120L)
                // root, three offices with eight cells each, one region, four communes with four cells each
                .containsEntry("org_unit", 1L + 3 * 9 + 1 + 4 * 5);
    }
}
