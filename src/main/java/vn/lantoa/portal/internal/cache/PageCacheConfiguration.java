package vn.lantoa.portal.internal.cache;

import gg.jte.TemplateEngine;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.lantoa.platform.web.UiFactory;
import vn.lantoa.platform.web.VisitorCounter;

/** Registers the page cache filter after Spring Security (-100) and the visit counter (0). */
@Configuration(proxyBeanMethods = false)
class PageCacheConfiguration {

    @Bean
    FilterRegistrationBean<PageCacheFilter> pageCacheFilter(
            PageCache cache,
            Clock clock,
            TemplateEngine templates,
            UiFactory uiFactory,
            ObjectProvider<VisitorCounter.Source> visitorCounter,
            PageCacheMetrics metrics,
            @Value("${lantoa.portal.page-cache.enabled:true}") boolean enabled) {
        var registration = new FilterRegistrationBean<>(
                new PageCacheFilter(cache, clock, templates, uiFactory, visitorCounter, metrics));
        registration.setOrder(PageCacheFilter.ORDER);
        registration.addUrlPatterns("/*");
        registration.setEnabled(enabled);
        return registration;
    }
}
