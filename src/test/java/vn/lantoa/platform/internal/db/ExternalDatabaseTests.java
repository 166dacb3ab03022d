package vn.lantoa.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With spring.datasource.url the app uses that database, starts no embedded one and seeds no demo. */
@SpringBootTest(properties = {"spring.main.banner-mode=off", "lantoa.admin.initial-password=External-admin-2026"})
class ExternalDatabaseTests {

    private static final String DATABASE = "external_test";

    @BeforeAll
    static void createTheExternalDatabase() throws Exception {
        EmbeddedDatabase server = SharedEmbeddedDatabase.get();
        try (Connection c =
                        DriverManager.getConnection(server.jdbcUrl().replace("/lantoa", "/postgres"), "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
        }
    }

    @DynamicPropertySource
    static void external(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.datasource.url",
                () -> SharedEmbeddedDatabase.get().jdbcUrl().replace("/lantoa", "/" + DATABASE));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void usesTheGivenDatabaseWithoutStartingAnEmbeddedOne() {
        assertThat(context.getBeanNamesForType(EmbeddedDatabaseHandle.class)).isEmpty();
        assertThat(jdbc.sql("SELECT current_database()").query(String.class).single())
                .isEqualTo(DATABASE);
    }

    @Test
    void migratesItAndCreatesTheAdminButNoDemoData() {
        assertThat(jdbc.sql("SELECT count(*) FROM news_article")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT username FROM acc_user").query(String.class).list())
                .containsExactly("admin");
    }
}
