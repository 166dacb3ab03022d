package vn.lantoa.platform.internal.demo;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.platform.DemoDataContributor;
import vn.lantoa.platform.LanToaProperties;

/**
 * Seeds the demo once per database: on the embedded database unless {@code lantoa.demo.enabled}
 * is false, on an external one only when it is true. All or nothing, in one transaction.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);
    private final List<DemoDataContributor> contributors;
    private final LanToaProperties properties;
    private final Environment environment;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoDataRunner(
            List<DemoDataContributor> contributors,
            LanToaProperties properties,
            Environment environment,
            JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.contributors = contributors;
        this.properties = properties;
        this.environment = environment;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled()) {
            return;
        }
        boolean seeded = transaction.execute(status -> {
            // One node seeds; a second node starting at the same time waits here, then sees the row.
            jdbc.sql("LOCK TABLE platform_demo_seed IN EXCLUSIVE MODE").update();
            if (jdbc.sql("SELECT count(*) FROM platform_demo_seed")
                            .query(Long.class)
                            .single()
                    > 0) {
                return false;
            }
            Context context = new Context(properties.demo().password());
            contributors.stream()
                    .sorted(Comparator.comparingInt(DemoDataContributor::order))
                    .forEach(c -> c.contribute(context));
            jdbc.sql("INSERT INTO platform_demo_seed (seeded_at) VALUES (now())")
                    .update();
            return true;
        });
        if (seeded) {
            log.info(
                    "Demo data created. Every demo account (see README) has the password '{}'"
                            + " (lantoa.demo.password); turn the demo off with lantoa.demo.enabled=false.",
                    properties.demo().password());
        }
    }

    private boolean enabled() {
        Boolean configured = properties.demo().enabled();
        if (configured != null) {
            return configured;
        }
        return environment.getProperty("spring.datasource.url", "").isBlank();
    }

    private static final class Context implements DemoDataContributor.DemoContext {
        private final String password;
        private final Map<String, Object> values = new HashMap<>();

        Context(String password) {
            this.password = password;
        }

        @Override
        public String password() {
            return password;
        }

        @Override
        public void put(String key, Object value) {
            values.put(key, value);
        }

        @Override
        public <T> T get(String key, Class<T> type) {
            Object value = values.get(key);
            if (value == null) {
                throw new IllegalStateException("Demo data '" + key + "' was not created by an earlier contributor");
            }
            return type.cast(value);
        }
    }
}
