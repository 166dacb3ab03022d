package vn.lantoa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    /**
     * An application address spelled in a template: a quote, a slash and a path (an attribute such
     * as {@code href="/quan-tri"}, or a string in the template's code). Static files (styles,
     * scripts, WebJars, icons, the editor's assets) are not routes and may be spelled.
     */
    private static final Pattern ROUTE_LITERAL =
            Pattern.compile("[\"']/(?!(?:css|js|webjars|icons|newsroom)/|favicon\\.)[\\w\"'?#-]");

    /**
     * Templates link through the modules' routes classes ({@code PlatformRoutes}, {@code
     * NewsroomRoutes}, ...), which the controllers map: a renamed route then fails the jte build
     * instead of leaving a dead link (issue 19). {@code RoutesTests} checks that each address of
     * those classes is mapped.
     */
    @Test
    void templatesLinkThroughRouteConstants() {
        List<String> offenders =
                templates().flatMap(p -> linesMatching(p, ROUTE_LITERAL)).toList();
        assertThat(offenders).isEmpty();
    }

    /** The rule can fail: it sees the addresses the routes classes spell, and lets static files pass. */
    @Test
    void theRouteRuleSeesASpelledAddress() {
        assertThat(Stream.of(
                        "<a href=\"/quan-tri/bai-viet\">",
                        "<a href=\"/\">",
                        "<form action='/tim-kiem'>",
                        "@template.x(action = \"/quan-tri/thanh-vien\")"))
                .allMatch(line -> ROUTE_LITERAL.matcher(line).find());
        assertThat(Stream.of(
                        "<link rel=\"stylesheet\" href=\"/css/lantoa.css\">",
                        "<script src=\"/webjars/htmx.org/dist/htmx.min.js\" defer></script>",
                        "<a href=\"${NewsroomRoutes.ARTICLES}?trang-thai=draft\">"))
                .noneMatch(line -> ROUTE_LITERAL.matcher(line).find());
        assertThat(sources()
                        .filter(p -> p.endsWith(Path.of("platform", "web", "PlatformRoutes.java")))
                        .flatMap(p -> linesMatching(p, ROUTE_LITERAL)))
                .isNotEmpty();
    }

    /** A label of Bootstrap's form-label class: the start of a hand-written label, control and feedback. */
    private static final Pattern FORM_LABEL = Pattern.compile("<label class=\"form-label");

    /**
     * The fields a template may still write by hand, with how many: the article body (its label
     * sits above the rich-text editor that replaces the textarea) and the image dialog (a script's
     * fields, without names, never submitted).
     */
    private static final Map<Path, Integer> HAND_WRITTEN_FIELDS = Map.of(
            Path.of("src/main/jte/newsroom/edit.jte"), 1,
            Path.of("src/main/jte/newsroom/_image_dialog.jte"), 4);

    private static final Path FIELD_FRAGMENT = Path.of("src/main/jte/layout/_field.jte");

    /**
     * Labelled form fields come from {@code layout/_field.jte}, which wires the label, the help,
     * the error and their ARIA attributes the same way everywhere (issue 19).
     */
    @Test
    void formFieldsComeFromTheFieldFragment() {
        List<String> offenders = templates()
                .filter(p -> !p.equals(FIELD_FRAGMENT) && !HAND_WRITTEN_FIELDS.containsKey(p))
                .flatMap(p -> linesMatching(p, FORM_LABEL))
                .toList();
        assertThat(offenders).isEmpty();
        HAND_WRITTEN_FIELDS.forEach((file, count) ->
                assertThat(linesMatching(file, FORM_LABEL)).as(file.toString()).hasSize(count));
    }

    /** The rule can fail: the fragment itself writes the label. */
    @Test
    void theFieldRuleSeesTheFragment() {
        assertThat(linesMatching(FIELD_FRAGMENT, FORM_LABEL)).hasSize(1);
    }

    private static Stream<Path> templates() {
        return sources().filter(p -> p.toString().endsWith(".jte"));
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
