package vn.lantoa.platform.internal.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;

/** One embedded server per test JVM, whatever the number of Spring contexts. */
final class SharedEmbeddedDatabase {

    private static EmbeddedDatabase instance;

    private SharedEmbeddedDatabase() {}

    static synchronized EmbeddedDatabase get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("lantoa-test-db");
                instance = EmbeddedDatabase.start(dir, false); // test data: speed over durability
                // Boot runs its shutdown handlers after it has closed every context, so no pool outlives the server.
                SpringApplication.getShutdownHandlers().add(() -> stop(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    private static void stop(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            instance.close();
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // the JVM is exiting; a temporary directory left behind is harmless
        }
    }
}
