package vn.lantoa.platform.internal.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lantoa.LanToaApplication;
import vn.lantoa.platform.LanToaIntegrationTest;

/** The whole application on an "external" PostgreSQL of its own (a second embedded server), as an operator runs it. */
public final class OwnDatabase {

    private OwnDatabase() {}

    /** A port nothing listens on now. */
    public static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the application on {@code database}, its data directory {@code dataDir}, with or without the demo. */
    public static ConfigurableApplicationContext startApplication(
            EmbeddedDatabase database, Path dataDir, boolean demo, String... extra) {
        // Command-line arguments, not default properties: those lose to application.properties, whose
        // server.port=8080 made a test fail whenever another program (the demo, a second suite) had 8080.
        java.util.List<String> arguments = new java.util.ArrayList<>(java.util.List.of(
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--lantoa.data-dir=" + dataDir,
                "--lantoa.demo.enabled=" + demo,
                "--lantoa.admin.initial-password=" + LanToaIntegrationTest.ADMIN_PASSWORD,
                "--lantoa.security.totp.enforce=false",
                "--lantoa.notifications.dispatcher.enabled=false"));
        arguments.addAll(java.util.List.of(extra));
        return new SpringApplicationBuilder(LanToaApplication.class).run(arguments.toArray(String[]::new));
    }

    /** The HTTP port the application took. */
    public static int port(ConfigurableApplicationContext app) {
        return app.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }
}
