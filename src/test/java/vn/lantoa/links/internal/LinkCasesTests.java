package vn.lantoa.links.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.lantoa.links.LinkCheck;
import vn.lantoa.links.Platform;

/** The table of real-world link shapes in {@code src/test/resources/links/link-cases.txt}. */
class LinkCasesTests {

    static Stream<Arguments> cases() throws IOException {
        return lines().stream().map(line -> {
            String[] cols = line.split(" \\| ", -1);
            return Arguments.of(
                    LinkFixtures.unescape(cols[0]),
                    cols[1].strip(),
                    Platform.valueOf(cols[2].strip()),
                    cols[3].strip().equals("yes"),
                    cols.length > 4 ? Set.copyOf(Arrays.asList(cols[4].strip().split(",\\s*"))) : Set.of());
        });
    }

    static List<String> lines() throws IOException {
        try (InputStream in = LinkCasesTests.class.getResourceAsStream("/links/link-cases.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        }
    }

    @Test
    void theTableHoldsAtLeastOneHundredAndFiftyShapesEachWithFourOrFiveColumns() throws IOException {
        List<String> lines = lines();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(150);
        assertThat(lines)
                .allSatisfy(l -> assertThat(l.split(" \\| ", -1).length).as(l).isBetween(4, 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachShapeGetsItsCanonicalFormPlatformAndVerdict(
            String input, String canonical, Platform platform, boolean official, Set<String> flags) {
        CanonicalUrl url = LinkFixtures.CANONICALIZER.canonicalize(input);
        LinkCheck check = LinkVerdicts.of(input, url, null, LinkFixtures.SEEDED);
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(check.canonical()).as("canonical").isEqualTo(canonical);
        soft.assertThat(check.platform()).as("platform").isEqualTo(platform);
        soft.assertThat(check.official()).as("official").isEqualTo(official);
        soft.assertThat(check.source() != null).as("source present").isEqualTo(official);
        soft.assertThat(check.unwrapped()).as("unwrapped").isEqualTo(flags.contains("unwrapped"));
        soft.assertThat(check.resolved()).as("resolved").isEqualTo(!flags.contains("unresolved"));
        soft.assertThat(check.lookalike()).as("lookalike").isEqualTo(flags.contains("lookalike"));
        soft.assertThat(LinkFixtures.CANONICALIZER.canonicalize(canonical).canonical())
                .as("canonical form is a fixed point")
                .isEqualTo(canonical);
        soft.assertAll();
    }
}
