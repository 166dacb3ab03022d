package vn.lantoa.platform.internal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every message exists in Vietnamese and English, and every key a template names exists. */
class MessageBundlesTests {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("ui\\.t\\(\"([a-zA-Z0-9._-]+)\"");

    @Test
    void everyBundleHasTheSameKeysInBothLanguagesAndNoEmptyValue() throws IOException {
        String[] basenames = I18nConfiguration.bundleBasenames();
        assertThat(basenames).contains("classpath:i18n/platform");
        for (String basename : basenames) {
            Properties vi = load(basename, "vi");
            Properties en = load(basename, "en");
            assertThat(en.stringPropertyNames())
                    .as("keys of %s_en vs _vi", basename)
                    .containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
            for (Properties bundle : new Properties[] {vi, en}) {
                bundle.forEach((k, v) ->
                        assertThat(v.toString()).as("%s in %s", k, basename).isNotBlank());
            }
        }
    }

    @Test
    void everyKeyUsedInATemplateExists() throws IOException {
        Map<String, Properties> vi = new HashMap<>();
        for (String basename : I18nConfiguration.bundleBasenames()) {
            vi.put(basename, load(basename, "vi"));
        }
        Set<String> known = new TreeSet<>();
        vi.values().forEach(p -> known.addAll(p.stringPropertyNames()));
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/jte"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        // A key ending in "." is a prefix completed at run time (e.g. "state." + state.name()).
        for (String key : used) {
            if (key.endsWith(".")) {
                assertThat(known).as("keys starting with " + key).anyMatch(k -> k.startsWith(key));
            } else {
                assertThat(known).as(key).contains(key);
            }
        }
    }

    @Test
    void everyErrorStatusHasATitleAndADetail() throws IOException {
        Properties vi = load("classpath:i18n/platform", "vi");
        for (int status : new int[] {400, 401, 403, 404, 405, 413, 429, 500}) {
            assertThat(vi).containsKeys("error." + status + ".title", "error." + status + ".detail");
        }
    }

    private static Properties load(String basename, String lang) throws IOException {
        String path = basename.substring("classpath:".length()) + "_" + lang + ".properties";
        Properties properties = new Properties();
        try (Reader reader =
                new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
