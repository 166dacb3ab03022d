package vn.lantoa.platform.internal.routing;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The application's request mapping is {@link FirstSegmentHandlerMapping}. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    @Bean
    WebMvcRegistrations firstSegmentRouting() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new FirstSegmentHandlerMapping();
            }
        };
    }
}
