package vn.lantoa.visits.internal;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The counter's parts; the filter only when {@code lantoa.visits.enabled} is not {@code false}. */
@Configuration(proxyBeanMethods = false)
class VisitsConfiguration {

    @Bean
    VisitBuffer visitBuffer(VisitsProperties properties) {
        return new VisitBuffer(properties.visitGap(), properties.lastSeenHold());
    }

    @Bean
    VisitStore visitStore(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transaction) {
        return new VisitStore(jdbc, template, transaction);
    }

    @Bean
    VisitQueries visitQueries(JdbcClient jdbc) {
        return new VisitQueries(jdbc);
    }

    @Bean
    DayKeys dayKeys(VisitStore store) {
        return new DayKeys(store);
    }

    @Bean
    VisitFlusher visitFlusher(
            VisitBuffer buffer, VisitStore store, DayKeys keys, Clock clock, VisitsProperties properties) {
        return new VisitFlusher(buffer, store, keys, clock, properties);
    }

    @Bean
    VisitStatistics visitStatistics(VisitQueries queries, Clock clock, VisitsProperties properties) {
        return new VisitStatistics(queries, clock, properties);
    }

    @Bean
    ScriptViews scriptViews(DayKeys keys, VisitBuffer buffer, Clock clock, VisitsProperties properties) {
        return new ScriptViews(
                properties.enabled() && properties.countedBy() == VisitsProperties.CountedBy.SCRIPT,
                PageViewRules.standard(),
                new VisitorIdentity(keys, properties.trustForwardedFor()),
                buffer,
                clock);
    }

    @Bean
    @ConditionalOnProperty(name = "lantoa.visits.enabled", havingValue = "true", matchIfMissing = true)
    FilterRegistrationBean<CountingFilter> visitCountingFilter(
            DayKeys keys, VisitBuffer buffer, Clock clock, VisitsProperties properties) {
        CountingFilter filter = new CountingFilter(
                PageViewRules.standard(), new VisitorIdentity(keys, properties.trustForwardedFor()), buffer, clock);
        FilterRegistrationBean<CountingFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(properties.countedBy() == VisitsProperties.CountedBy.PAGE);
        registration.setOrder(CountingFilter.ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
