package vn.lantoa.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class StructuredDataTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "</script><script>alert(1)</script>",
                "<!-- a comment --> & more",
                "Tin giả “đáng sợ” \u2028 line",
                "plain"
            })
    void keepsTheValueWhileNothingCanCloseTheScriptElement(String text) {
        String safe = StructuredData.forScript(json.writeValueAsString(Map.of("claimReviewed", text)));

        assertThat(safe).doesNotContain("<", ">", "&", "\u2028");
        assertThat(json.readTree(safe).path("claimReviewed").asString()).isEqualTo(text);
    }
}
