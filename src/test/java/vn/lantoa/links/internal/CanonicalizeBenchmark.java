package vn.lantoa.links.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import vn.lantoa.links.MalformedLinkException;

/**
 * Canonicalise + match against the registry, one link per operation, on one thread, over the real
 * shapes of {@code link-cases.txt}; the reference is {@code java.net.URI} parsing plus lower-casing
 * of the same links. Not a test (surefire does not pick it up): run it by hand, see BENCHMARKS.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class CanonicalizeBenchmark {

    private String[] links;
    private int next;

    @Setup
    public void load() throws IOException {
        List<String> usable = new ArrayList<>();
        try (InputStream in = CanonicalizeBenchmark.class.getResourceAsStream("/links/link-cases.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String link = LinkFixtures.unescape(line.split(" \\| ")[0]);
                if (parsesWithUri(link)) {
                    usable.add(link); // the same inputs for both, so the reference never fails
                }
            }
        }
        links = usable.toArray(String[]::new);
    }

    private static boolean parsesWithUri(String link) {
        try {
            String s = link.strip();
            URI uri = URI.create(s.contains("://") ? s : "https://" + s);
            LinkFixtures.CANONICALIZER.canonicalize(link);
            return uri.getHost() != null;
        } catch (IllegalArgumentException | MalformedLinkException e) {
            return false;
        }
    }

    private String nextLink() {
        String link = links[next];
        next = next + 1 == links.length ? 0 : next + 1;
        return link;
    }

    @Benchmark
    public boolean canonicaliseAndMatch() {
        CanonicalUrl url = LinkFixtures.CANONICALIZER.canonicalize(nextLink());
        return LinkFixtures.SEEDED.judge(url).official() ^ url.canonical().isEmpty();
    }

    @Benchmark
    public String referenceUriParseAndLowerCase() {
        String s = nextLink().strip();
        URI uri = URI.create(s.contains("://") ? s : "https://" + s);
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT)
                + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** {@code java -cp … vn.lantoa.links.internal.CanonicalizeBenchmark}; see BENCHMARKS.md. */
    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder()
                        .include(CanonicalizeBenchmark.class.getSimpleName())
                        .build())
                .run();
    }
}
