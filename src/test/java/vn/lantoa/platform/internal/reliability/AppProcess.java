package vn.lantoa.platform.internal.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import vn.lantoa.LanToaApplication;
import vn.lantoa.platform.LanToaIntegrationTest;

/**
 * The application in a JVM of its own, as an operator runs it ({@code java -jar}, or the test class
 * path when no jar is named), so that a reliability run can {@code kill -9} it. Its output goes to a
 * log file under {@code target/reliability}. With no {@code spring.datasource.url} among the
 * arguments it runs on its embedded PostgreSQL in {@code dataDir}, the default set-up.
 */
public final class AppProcess implements AutoCloseable {

    /** The jar to run, from {@code -Dlantoa.jar=...} ({@code .ci/reliability} builds and names it). */
    private static final String JAR = System.getProperty("lantoa.jar", "");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path dataDir;
    private final int port;
    private final List<String> arguments;
    private final Path log;
    private Process process;

    private AppProcess(Path dataDir, int port, List<String> arguments, Path log) {
        this.dataDir = dataDir;
        this.port = port;
        this.arguments = arguments;
        this.log = log;
    }

    /**
     * Starts the application with the demo on {@code port}, its data in {@code dataDir}, plus
     * {@code extra} arguments ({@code --name=value}, each replacing a default of the same name);
     * returns once it answers health with 200.
     */
    public static AppProcess start(String name, Path dataDir, int port, List<String> extra, Duration within) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--spring.main.banner-mode=off",
                "--lantoa.data-dir=" + dataDir,
                "--lantoa.embedded.port=0",
                "--lantoa.demo.enabled=true",
                "--lantoa.admin.initial-password=" + LanToaIntegrationTest.ADMIN_PASSWORD,
                "--lantoa.security.totp.enforce=false"));
        // An argument of extra replaces the default of the same name (Spring joins repeated ones).
        arguments.removeIf(d -> extra.stream().anyMatch(e -> e.startsWith(d.substring(0, d.indexOf('=') + 1))));
        arguments.addAll(extra);
        Path log = Path.of("target", "reliability", name + ".log").toAbsolutePath();
        AppProcess app = new AppProcess(dataDir, port, arguments, log);
        app.launch();
        app.awaitHealthy(within);
        return app;
    }

    /** Starts the same application again (same port, data and arguments); returns once it is healthy. */
    public Duration restart(Duration within) {
        long started = System.nanoTime();
        launch();
        awaitHealthy(within);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private void launch() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx768m");
        command.add("-XX:TieredStopAtLevel=1");
        if (JAR.isBlank()) {
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(LanToaApplication.class.getName());
        } else {
            command.add("-jar");
            command.add(Path.of(JAR).toAbsolutePath().toString());
        }
        command.addAll(arguments);
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped with " + process.exitValue() + "; see " + log);
            }
            if (healthStatus() == 200) {
                return;
            }
            pause(Duration.ofMillis(100));
        }
        throw new IllegalStateException("The application was not healthy within " + within + "; see " + log);
    }

    /** Waits until the log says the demo data is in place (the first start of a fresh data directory). */
    public void awaitDemoData(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (logText().contains("Demo data created")) {
                return;
            }
            pause(Duration.ofMillis(200));
        }
        throw new IllegalStateException("No demo data within " + within + "; see " + log);
    }

    /** The status of {@code GET /actuator/health}, or 0 when nothing answers. */
    public int healthStatus() {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                    .timeout(Duration.ofSeconds(3))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** {@code kill -9} of the JVM; its embedded PostgreSQL, if any, is left running as an orphan. */
    public void killJvm() {
        process.destroyForcibly(); // SIGKILL on Linux
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The JVM outlived SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code kill -9} of the embedded PostgreSQL's postmaster; returns whether there was one to kill. */
    public boolean killPostgres() {
        Optional<ProcessHandle> postmaster = postmaster();
        postmaster.ifPresent(ProcessHandle::destroyForcibly);
        postmaster.ifPresent(p -> p.onExit().join());
        return postmaster.isPresent();
    }

    private Optional<ProcessHandle> postmaster() {
        Path pid = dataDir.resolve("postgres").resolve("postmaster.pid");
        try {
            return Files.exists(pid)
                    ? ProcessHandle.of(
                            Long.parseLong(Files.readAllLines(pid).getFirst().strip()))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JDBC URL of the embedded PostgreSQL now serving this application's data. */
    public String embeddedJdbcUrl() {
        try {
            String port = Files.readString(dataDir.resolve("postgres.port")).strip();
            return "jdbc:postgresql://localhost:" + port + "/lantoa";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    private String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the application as {@code systemctl stop} would (SIGTERM) and waits for it. */
    @Override
    public void close() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // A server left behind by a failed run (its JVM killed and not restarted) goes too.
        if (postmaster().filter(ProcessHandle::isAlive).isPresent()) {
            killPostgres();
        }
    }

    /** Polls {@code condition} every 20 ms (Awaitility) until it holds; fails after {@code within}. */
    public static void until(java.util.function.BooleanSupplier condition, Duration within) {
        org.awaitility.Awaitility.await()
                .atMost(within)
                .pollInterval(Duration.ofMillis(20))
                .pollInSameThread()
                .until(condition::getAsBoolean);
    }

    /** Runs {@code command} in {@code dir}; returns its output once it exited 0 (fails otherwise). */
    public static String run(Path dir, String... command) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end within 300 s");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " exited " + process.exitValue() + ": " + output);
        }
        return output;
    }

    /** Waits {@code duration}: a client's pace or back-off, or an outage's length; never a wait for something to happen. */
    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
