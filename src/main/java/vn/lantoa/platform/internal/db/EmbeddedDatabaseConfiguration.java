package vn.lantoa.platform.internal.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import vn.lantoa.platform.LanToaProperties;

/**
 * With no {@code spring.datasource.url}, LanToa starts its own PostgreSQL. Spring, not zonky,
 * stops it: the data source closes first, then the server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    /** Tests set this to share one server per JVM, in a temporary directory. */
    static final String SHARED_PER_JVM = "lantoa.embedded.shared-per-jvm";

    /** The embedded server's port; 0 for any free one. Not PostgreSQL's 5432, so a system PostgreSQL may run beside it. */
    static final String PORT = "lantoa.embedded.port";

    static final int DEFAULT_PORT = 5433;

    @Bean(destroyMethod = "")
    EmbeddedDatabaseHandle embeddedDatabase(LanToaProperties properties, Environment environment) {
        if (environment.getProperty(SHARED_PER_JVM, Boolean.class, false)) {
            return new EmbeddedDatabaseHandle(SharedEmbeddedDatabase.get(), false);
        }
        Path dataDir = properties.dataDir();
        int port = environment.getProperty(PORT, Integer.class, DEFAULT_PORT);
        return new EmbeddedDatabaseHandle(EmbeddedDatabase.start(dataDir, port), true);
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabaseHandle handle) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(handle.database().jdbcUrl());
        dataSource.setUsername(handle.database().username());
        dataSource.setPoolName("lantoa-embedded");
        return dataSource;
    }
}
