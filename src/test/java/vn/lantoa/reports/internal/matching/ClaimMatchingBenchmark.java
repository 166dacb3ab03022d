package vn.lantoa.reports.internal.matching;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Matching latency against a large claim base (a {@code main}, not run by the build). The claims
 * are the 64 evaluation claims plus synthetic ones; the queries are the 441 report texts of the
 * evaluation set, one thread, top 10, one pass measured after a warm-up on the first 100 queries. Arguments: number of claims
 * (default 100000), generator ({@code markov}, default, or {@code pieces}), reference ({@code old},
 * default: the first matcher, {@code bm25}: plain BM25, {@code none}).
 *
 * <p>The synthetic claims come from {@link SyntheticClaims} (seeded).
 */
final class ClaimMatchingBenchmark {

    private static final int LIMIT = 10;
    private static final int WARM_UP = 100;

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String generator = args.length > 1 ? args[1] : "markov";
        String reference = args.length > 2 ? args[2] : "old";
        EvaluationSet set = EvaluationSet.load();
        List<MatchableClaim> claims = new ArrayList<>(set.claims());
        List<String> synthetic = generator.equals("pieces")
                ? SyntheticClaims.pieces(size - claims.size())
                : SyntheticClaims.markov(size - claims.size());
        for (String text : synthetic) {
            claims.add(new MatchableClaim("S" + claims.size(), text));
        }
        List<String> queries = SyntheticClaims.queries();
        System.out.printf(
                Locale.ROOT,
                "claims %,d (%s), queries %d, top %d, %d cpus, max heap %d MB, java %s, load %s%n",
                claims.size(),
                generator,
                queries.size(),
                LIMIT,
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"),
                loadAverage());
        System.out.println("sample synthetic claims:");
        for (int i = 0; i < 3; i++) {
            System.out.println("  " + claims.get(set.claims().size() + i).text());
        }

        ClaimMatcher matcher = build("matcher", () -> new ClaimMatcher(claims));
        List<Object> answers = new ArrayList<>();
        Timings ours = measure("matcher", queries, matcher::match, answers);
        switch (reference) {
            case "old" -> {
                ReferenceClaimMatcher old = build("reference: first matcher", () -> new ReferenceClaimMatcher(claims));
                List<Object> expected = new ArrayList<>();
                ratio(ours, measure("reference: first matcher", queries, old::match, expected));
                long same = IntStream.range(0, queries.size())
                        .filter(i -> answers.get(i).equals(expected.get(i)))
                        .count();
                System.out.printf(
                        Locale.ROOT,
                        "identical top %d (ids and scores): %d of %d queries%n",
                        LIMIT,
                        same,
                        queries.size());
            }
            case "bm25" -> {
                PlainBm25Matcher plain = build("reference: plain BM25", () -> new PlainBm25Matcher(claims));
                ratio(ours, measure("reference: plain BM25", queries, plain::rank, new ArrayList<>()));
            }
            default -> {}
        }
        System.out.println("load " + loadAverage());
    }

    private static <T> T build(String name, Supplier<T> builder) {
        long before = usedHeap();
        long start = System.nanoTime();
        T built = builder.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "%-26s build %,d ms, heap +%,d MB%n", name, ms, (usedHeap() - before) >> 20);
        return built;
    }

    /**
     * Wall-clock latencies of one pass over the queries after a warm-up on the first
     * {@value #WARM_UP} (printed with the thread's CPU time per query, which the other processes on
     * a shared machine disturb far less); the answers go into {@code answers}.
     */
    private record Timings(long[] wall, long[] cpu) {}

    private static Timings measure(
            String name, List<String> queries, BiFunction<String, Integer, ?> match, List<Object> answers) {
        queries.stream().limit(WARM_UP).forEach(q -> match.apply(q, LIMIT));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] nanos = new long[queries.size()];
        long[] cpu = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            answers.add(match.apply(queries.get(i), LIMIT));
            nanos[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        System.out.printf(
                Locale.ROOT,
                "%-26s wall p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms, max %6.1f ms | cpu p50 %6.1f ms, p95 %6.1f ms%n",
                name,
                percentile(nanos, 0.50),
                percentile(nanos, 0.95),
                percentile(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6,
                percentile(cpu, 0.50),
                percentile(cpu, 0.95));
        return new Timings(nanos, cpu);
    }

    private static void ratio(Timings ours, Timings reference) {
        System.out.printf(
                Locale.ROOT,
                "ratio reference / matcher: wall p50 %.1f×, p95 %.1f× | cpu p50 %.1f×, p95 %.1f×%n",
                percentile(reference.wall(), 0.50) / percentile(ours.wall(), 0.50),
                percentile(reference.wall(), 0.95) / percentile(ours.wall(), 0.95),
                percentile(reference.cpu(), 0.50) / percentile(ours.cpu(), 0.50),
                percentile(reference.cpu(), 0.95) / percentile(ours.cpu(), 0.95));
    }

    /** Milliseconds at the given quantile of sorted nanoseconds (nearest rank). */
    private static double percentile(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
