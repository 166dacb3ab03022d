package vn.lantoa.links.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lantoa.links.LinkCheck;

/** The look-alikes of issue 6 and their cousins: none of them passes as official. */
class LookAlikeTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://nhandan.vn.example.com/bai-viet.html",
                "https://fakenhandan.vn/bai-viet.html",
                "https://nhandan-vn.com/bai-viet.html",
                "http://nhandan.vn@evil.example/bai-viet.html",
                "https://evil.example/?u=https://nhandan.vn",
                "https://nh\u0430nd\u0430n.vn/bai-viet.html",
                "https://nhandan.v\u03bd/bai-viet.html",
                "https://nhândân.vn/bai-viet.html",
                "https://evil.example\\@nhandan.vn/",
                "https://nhandan.vn%2eevil.example/",
                "https://vtv.vn.evil.example/",
                "https://\u0455ub.vtv.vn/"
            })
    void aLookAlikeIsNeverOfficial(String link) {
        LinkCheck check = check(link);
        assertThat(check.official()).as(check.canonical()).isFalse();
        assertThat(check.source()).isNull();
    }

    @Test
    void homoglyphHostsAreFlaggedAsLookAlikes() {
        for (String link : List.of("https://nh\u0430ndan.vn/", "https://nhândân.vn/", "https://\u0455ub.vtv.vn/")) {
            assertThat(check(link).lookalike()).as(link).isTrue();
        }
        assertThat(check("https://tiếng-việt.vn/").lookalike())
                .as("a Vietnamese domain imitating no official one is not a look-alike")
                .isFalse();
    }

    @Test
    void domainsMatchLabelByLabelNeverBySubstring() {
        DomainTable<String> table = new DomainTable<>(Map.of("nhandan.vn", "ND", "org.vn.example", "X"));
        assertThat(table.find("nhandan.vn").value()).isEqualTo("ND");
        assertThat(table.find("a.b.nhandan.vn").domain()).isEqualTo("nhandan.vn");
        assertThat(table.find("fakenhandan.vn")).isNull();
        assertThat(table.find("nhandan.vn.example")).isNull();
        assertThat(table.find("vn")).isNull();
        assertThat(table.find("nhandan.vnx")).isNull();
    }

    private static LinkCheck check(String link) {
        return LinkVerdicts.of(link, LinkFixtures.CANONICALIZER.canonicalize(link), null, LinkFixtures.SEEDED);
    }
}
