package vn.lantoa.platform.internal.session;

import java.time.Duration;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.SaveMode;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions stay in PostgreSQL (Spring Session JDBC, configured by Spring Boot) so any node serves
 * any user. The filter Spring Session puts in front of every request is given the same JDBC
 * repository wrapped in {@link LazyTouchSessionRepository}: a request writes its session only when
 * it changed or when its last access is more than {@code lantoa.session.touch-every} old (default
 * one minute), and reads it once. The JDBC repository is told to open no transactions itself: a
 * session read is one {@code SELECT} and runs as such (no {@code BEGIN}/{@code COMMIT} round trip on
 * every request), while the wrapper puts each write in a transaction of its own.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    /** Decoded session attributes, by session and stored bytes: at most 32 MiB of them, half an hour idle. */
    @Bean
    DecodedAttributes decodedSessionAttributes() {
        return new DecodedAttributes(32L << 20, Duration.ofMinutes(30));
    }

    /** Spring Session's own conversions, with the decoding remembered ({@link DecodedAttributes}). */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> rememberDecodedAttributes(
            DecodedAttributes decoded, ApplicationContext context) {
        return repository -> repository.setConversionService(decoded.conversions(context.getClassLoader()));
    }

    /**
     * Swaps Spring Session's filter for one on the wrapped repository, with the same session id
     * resolver (the cookie from {@code server.servlet.session.cookie.*}). Boot's session
     * configuration stays in charge of the JDBC repository itself (table, timeout, cleanup).
     */
    @Bean
    static BeanPostProcessor lazyTouchSessionFilter(BeanFactory beans, Environment env) {
        return new BeanPostProcessor() {
            /**
             * Spring Session wraps every call in a new transaction, reads included. Its
             * multi-statement writes are wrapped by {@link LazyTouchSessionRepository} instead; its
             * single statements (a read, the cleanup's one {@code DELETE}) need none. (A
             * {@code TransactionOperations} bean would do the same but switch off Boot's
             * {@code TransactionTemplate}.)
             */
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof JdbcHttpSessionConfiguration configuration) {
                    configuration.setTransactionOperations(TransactionOperations.withoutTransaction());
                }
                return bean;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof SessionRepositoryFilter<?> original)) {
                    return bean;
                }
                SaveMode saveMode =
                        env.getProperty("spring.session.jdbc.save-mode", SaveMode.class, SaveMode.ON_SET_ATTRIBUTE);
                Duration touchEvery =
                        env.getProperty("lantoa.session.touch-every", Duration.class, Duration.ofMinutes(1));
                TransactionTemplate writes = new TransactionTemplate(beans.getBean(PlatformTransactionManager.class));
                writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
                SessionRepositoryFilter<?> filter = new SessionRepositoryFilter<>(new LazyTouchSessionRepository(
                        beans.getBean(JdbcIndexedSessionRepository.class),
                        touchEvery,
                        saveMode == SaveMode.ON_SET_ATTRIBUTE,
                        writes));
                filter.setHttpSessionIdResolver(idResolver(beans));
                return filter;
            }
        };
    }

    /** As Spring Session's own configuration chooses it: a resolver bean, else the cookie. */
    private static HttpSessionIdResolver idResolver(BeanFactory beans) {
        HttpSessionIdResolver configured =
                beans.getBeanProvider(HttpSessionIdResolver.class).getIfUnique();
        if (configured != null) {
            return configured;
        }
        CookieHttpSessionIdResolver cookie = new CookieHttpSessionIdResolver();
        CookieSerializer serializer =
                beans.getBeanProvider(CookieSerializer.class).getIfUnique();
        if (serializer != null) {
            cookie.setCookieSerializer(serializer);
        }
        return cookie;
    }

    @Bean
    FilterRegistrationBean<SessionRequestScope> sessionRequestScope() {
        FilterRegistrationBean<SessionRequestScope> bean = new FilterRegistrationBean<>(new SessionRequestScope());
        bean.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1); // just outside Spring Session's filter
        return bean;
    }
}
