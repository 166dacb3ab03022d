package vn.lantoa.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/** Keys built at run time from enums exist for every value, in both languages (platforms: links.PlatformTests). */
class SharingMessagesTests {

    @Test
    void everyKindAndStateHasALabel() {
        ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
        messages.setBasename("classpath:i18n/sharing");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        for (Locale locale : new Locale[] {Locale.forLanguageTag("vi"), Locale.ENGLISH}) {
            for (ActionKind kind : ActionKind.values()) {
                assertThat(messages.getMessage("kind." + kind.name(), null, locale))
                        .isNotBlank();
            }
            for (ActionState state : ActionState.values()) {
                assertThat(messages.getMessage("state." + state.name(), null, locale))
                        .isNotBlank();
            }
        }
    }
}
