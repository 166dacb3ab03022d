package vn.lantoa.portal.internal.cache;

import gg.jte.TemplateEngine;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lantoa.platform.web.CsrfTokens;
import vn.lantoa.platform.web.UiFactory;
import vn.lantoa.platform.web.VisitorCounter;

/**
 * Registers the page cache twice: {@link PageCacheHitFilter} just inside the visit counter (hits of
 * readers without a session), {@link PageCacheFilter} after Spring Security (-100) for the rest.
 */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    @Bean
    PageCacheFilter pageCacheFilterInstance(
            PageCache cache,
            Clock clock,
            TemplateEngine templates,
            UiFactory uiFactory,
            ObjectProvider<VisitorCounter.Source> visitorCounter,
            PageCacheMetrics metrics) {
        return new PageCacheFilter(cache, clock, templates, uiFactory, visitorCounter, metrics);
    }

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(
            PageCacheFilter filter, @Value("${lantoa.portal.page-cache.enabled:true}") boolean enabled) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(PageCacheFilter.ORDER);
        registration.addUrlPatterns("/*");
        registration.setEnabled(enabled);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PageCacheHitFilter> pageCacheHitFilter(
            PageCache cache,
            PageCacheFilter pages,
            CsrfTokens csrfTokens,
            PageCacheMetrics metrics,
            @Value("${lantoa.portal.page-cache.enabled:true}") boolean enabled) {
        var registration = new FilterRegistrationBean<>(new PageCacheHitFilter(cache, pages, csrfTokens, metrics));
        registration.setOrder(PageCacheHitFilter.ORDER);
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setEnabled(enabled);
        return registration;
    }
}
