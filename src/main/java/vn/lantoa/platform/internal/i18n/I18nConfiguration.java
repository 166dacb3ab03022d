package vn.lantoa.platform.internal.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import vn.lantoa.platform.Zone;

/**
 * Vietnamese by default, English on {@code ?lang=en} (remembered in a cookie, no session). Each
 * module keeps its own bundle {@code i18n/<module>_vi.properties} and {@code _en}; all found on
 * the class path are loaded.
 */
@Configuration(proxyBeanMethods = false)
public class I18nConfiguration implements WebMvcConfigurer {

    public static final String BUNDLE_PATTERN = "classpath*:i18n/*_vi.properties";

    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(bundleBasenames());
        source.setDefaultEncoding("UTF-8");
        source.setDefaultLocale(Zone.VI);
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    /** {@code classpath:i18n/portal}, … for every {@code i18n/*_vi.properties} on the class path. */
    public static String[] bundleBasenames() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(BUNDLE_PATTERN);
            return Arrays.stream(resources)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .map(name -> "classpath:i18n/" + name.substring(0, name.length() - "_vi.properties".length()))
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new))
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lantoa-lang");
        resolver.setDefaultLocale(Zone.VI);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** The two languages the UI offers. */
    public static final Locale[] SUPPORTED = {Zone.VI, Locale.ENGLISH};
}
