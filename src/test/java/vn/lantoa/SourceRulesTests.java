package vn.lantoa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * House rules that live in the text of the sources rather than in the classes (issue 19): what
 * ArchUnit cannot see, such as a string literal or a template.
 */
class SourceRulesTests {

    /** A public article address spelled out, in Java ({@code "/bai-viet/"}) or a template ({@code "/bai-viet/${…}"}). */
    private static final Pattern ARTICLE_PATH = Pattern.compile("[\"']/bai-viet/");

    /**
     * Article addresses are built by {@code newsroom.ArticleUrls} only, so a renamed route is one
     * change. {@code visits} sits below {@code newsroom} (it may not depend on it) and names the
     * prefix once, for "most read articles", as the URL contract in DESIGN.md gives it.
     */
    @Test
    void articleAddressesAreBuiltInOnePlace() {
        List<String> offenders = sources()
                .filter(p -> !p.endsWith(Path.of("newsroom", "ArticleUrls.java")))
                .filter(p -> !p.endsWith(Path.of("visits", "web", "VisitsRoutes.java")))
                .flatMap(p -> linesMatching(p, ARTICLE_PATH))
                .toList();
        assertThat(offenders).isEmpty();
    }

    /** The rule can fail: the one place itself spells the prefix. */
    @Test
    void theRuleSeesTheOnePlace() {
        assertThat(sources()
                        .filter(p -> p.endsWith(Path.of("newsroom", "ArticleUrls.java")))
                        .flatMap(p -> linesMatching(p, ARTICLE_PATH)))
                .hasSize(1);
    }

    private static final Pattern UNIT_INSERT = Pattern.compile("INSERT INTO org_unit \\(");

    /**
     * A unit's row and its materialised path are written by {@code organization.internal.UnitRows}
     * only (it was written out in the admin, the demo data and three test fixtures); the rollup
     * benchmark's bulk tree of generated units is the one exception.
     */
    @Test
    void unitRowsAreWrittenInOnePlace() {
        List<String> offenders = Stream.concat(sources(), testSources())
                .filter(p -> !p.endsWith(Path.of("organization", "internal", "UnitRows.java")))
                .filter(p -> !p.endsWith(Path.of("statistics", "internal", "StatisticsRollupBenchmark.java")))
                .flatMap(p -> linesMatching(p, UNIT_INSERT))
                .toList();
        assertThat(offenders).isEmpty();
        assertThat(sources().flatMap(p -> linesMatching(p, UNIT_INSERT))).hasSize(1);
    }

    private static Stream<Path> testSources() {
        try {
            return Files.walk(Path.of("src/test/java"))
                    .filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.endsWith(Path.of("vn", "lantoa", "SourceRulesTests.java")))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> sources() {
        try {
            return Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/jte")))
                    .filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".jte"))
                    .toList()
                    .stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<String> linesMatching(Path file, Pattern pattern) {
        try {
            List<String> lines = Files.readAllLines(file);
            return java.util.stream.IntStream.range(0, lines.size())
                    .filter(i -> pattern.matcher(lines.get(i)).find())
                    .mapToObj(i -> file + ":" + (i + 1) + ": " + lines.get(i).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
