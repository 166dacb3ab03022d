package vn.lantoa.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;

class ReportCategoriesTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vi", "en"})
    void everyCategoryOfTheFormHasALabel(String language) throws IOException {
        Properties bundle = new Properties();
        try (var in = new ClassPathResource("i18n/reports_" + language + ".properties").getInputStream()) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        var categories = new ClassPathResource("reports/categories.txt")
                .getContentAsString(StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .toList();
        assertThat(categories).contains("scam", "impersonation", "other");
        assertThat(categories)
                .allSatisfy(c -> assertThat(bundle.getProperty("reports.category." + c))
                        .as(c)
                        .isNotBlank());
    }
}
