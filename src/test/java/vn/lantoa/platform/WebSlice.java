package vn.lantoa.platform;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import vn.lantoa.platform.internal.security.WebSliceSecurity;
import vn.lantoa.platform.web.UiFactory;

/**
 * A Spring MVC slice of one controller, without a database: the controller, the platform's web
 * layer that every page goes through (the {@code ui} model advice, the refusal advice, the
 * {@code @Allowed} role guard, message bundles and the language switch), the application's
 * security rules with CSRF, and the precompiled jte templates. The services the controller calls
 * are the test's {@code @MockitoBean}s; sign a request in with {@link SignedIn}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
        properties = "spring.main.banner-mode=off",
        // a filter of the accounts module that asks its own services about the second factor
        excludeFilters =
                @ComponentScan.Filter(
                        type = FilterType.REGEX,
                        pattern = "vn\\.lantoa\\.accounts\\.internal\\..*Filter"))
@ImportAutoConfiguration({JteAutoConfiguration.class, ServletJteAutoConfiguration.class})
@EnableConfigurationProperties(LanToaProperties.class)
@Import({WebSliceSecurity.class, UiFactory.class})
public @interface WebSlice {

    /** The controller under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
