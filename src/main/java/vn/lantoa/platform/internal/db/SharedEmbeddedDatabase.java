package vn.lantoa.platform.internal.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/** One embedded server per test JVM, whatever the number of Spring contexts. */
final class SharedEmbeddedDatabase {

    private static EmbeddedDatabase instance;

    private SharedEmbeddedDatabase() {}

    static synchronized EmbeddedDatabase get() {
        if (instance == null) {
            try {
                Path dir = Files.createTempDirectory("lantoa-test-db");
                instance = EmbeddedDatabase.start(dir);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(dir), "lantoa-test-db-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /**
     * Runs at JVM exit, beside Spring's own hooks that close the cached test contexts: wait for
     * those first, or the pools would wait in vain for a server that is gone.
     */
    private static void stop(Path dir) {
        Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t != Thread.currentThread()
                        && t.getName().startsWith("Spring")
                        && t.getName().endsWith("ShutdownHook"))
                .forEach(t -> {
                    try {
                        t.join(Duration.ofSeconds(30));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
        try (Stream<Path> files = Files.walk(dir)) {
            instance.close();
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // the JVM is exiting; a temporary directory left behind is harmless
        }
    }
}
