package vn.lantoa.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/** One label per platform, kept by the module that owns {@link Platform}, used by every module. */
class PlatformTests {

    @Test
    void everyPlatformHasALabelInBothLanguages() {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasename("classpath:i18n/links");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        for (Locale locale : new Locale[] {Locale.forLanguageTag("vi"), Locale.ENGLISH}) {
            for (Platform p : Platform.values()) {
                assertThat(messages.getMessage(p.labelKey(), null, locale)).isNotBlank();
            }
        }
        assertThat(messages.getMessage(Platform.labelKey("TIKTOK"), null, Locale.forLanguageTag("vi")))
                .isEqualTo("TikTok");
    }

    @Test
    void aStoredNameThisVersionDoesNotKnowIsShownAsOther() {
        assertThat(Platform.labelKey("MYSPACE")).isEqualTo(Platform.OTHER.labelKey());
        assertThat(Platform.labelKey(null)).isEqualTo(Platform.OTHER.labelKey());
    }

    /** The labels were written three times (links, sharing, statistics); no other bundle may write them again. */
    @Test
    void noOtherBundleLabelsThePlatforms() {
        List<String> copies = new ArrayList<>();
        for (String bundle : new String[] {
            "accounts",
            "newsroom",
            "notifications",
            "organization",
            "platform",
            "portal",
            "reports",
            "sharing",
            "statistics",
            "statistics-report",
            "visits"
        }) {
            for (String lang : new String[] {"vi", "en"}) {
                Properties keys = load("i18n/" + bundle + "_" + lang + ".properties");
                for (String key : keys.stringPropertyNames()) {
                    for (Platform p : Platform.values()) {
                        if (key.endsWith("platform." + p.name())) {
                            copies.add(bundle + "_" + lang + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(copies).isEmpty();
        assertThat(load("i18n/links_vi.properties").stringPropertyNames()).contains(Platform.ZALO.labelKey());
    }

    private static Properties load(String resource) {
        Properties p = new Properties();
        try (InputStream in = PlatformTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
