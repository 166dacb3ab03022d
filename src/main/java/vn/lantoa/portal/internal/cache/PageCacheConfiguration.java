package vn.lantoa.portal.internal.cache;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
            PageCacheMetrics metrics,
            @Value("${lantoa.portal.page-cache.enabled:true}") boolean enabled) {
        return new PageCacheFilter(cache, clock, metrics, enabled);
    }

    /** Always on: with the cache off it still marks public pages as shared and says so in their headers. */
    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(PageCacheFilter filter) {
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(PageCacheFilter.ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<PageCacheHitFilter> pageCacheHitFilter(
            PageCache cache,
            PageCacheFilter pages,
            PageCacheMetrics metrics,
            @Value("${lantoa.portal.page-cache.enabled:true}") boolean enabled) {
        var registration = new FilterRegistrationBean<>(new PageCacheHitFilter(cache, pages, metrics));
        registration.setOrder(PageCacheHitFilter.ORDER);
        registration.addUrlPatterns("/*");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setEnabled(enabled);
        return registration;
    }
}
