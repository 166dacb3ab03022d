package vn.lantoa.links.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lantoa.links.MalformedLinkException;

class MalformedLinksTests {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "   ",
                "\n\t",
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                "mailto:toasoan@nhandan.vn",
                "ftp://nhandan.vn/file",
                "data:text/html,<b>x</b>",
                "file:///etc/passwd",
                "https://",
                "https://exa mple.com/",
                "https://ex..ample.com/",
                "https://example.com:99999/",
                "https://example.com:80a/",
                "https://[::1/",
                "https://a\u0001b.vn/",
                "https://bad_host!.vn/",
                "https://xn--/",
                "\"\""
            })
    void refusesWhatIsNotAWebLinkWithAMessageInBothLanguages(String input) {
        assertThatThrownBy(() -> LinkFixtures.CANONICALIZER.canonicalize(input))
                .isInstanceOfSatisfying(MalformedLinkException.class, e -> {
                    org.assertj.core.api.Assertions.assertThat(LinkFixtures.reason(e, VI))
                            .isNotBlank();
                    org.assertj.core.api.Assertions.assertThat(LinkFixtures.reason(e, Locale.ENGLISH))
                            .isNotBlank();
                });
    }

    @org.junit.jupiter.api.Test
    void refusesALinkLongerThanFourThousandCharacters() {
        String tooLong = "https://nhandan.vn/" + "a".repeat(UrlParser.MAX_LENGTH);
        assertThatThrownBy(() -> LinkFixtures.CANONICALIZER.canonicalize(tooLong))
                .isInstanceOfSatisfying(
                        MalformedLinkException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(LinkFixtures.reason(e, VI))
                                .contains("quá dài", "4096"));
    }
}
