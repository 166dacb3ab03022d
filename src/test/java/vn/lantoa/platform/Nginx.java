package vn.lantoa.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Debian's nginx in a directory of its own, in front of the app for the tests that need a real
 * reverse proxy ({@code .ci/run} installs it): the configuration shell (no daemon, one worker, every
 * temporary path inside the directory) around the {@code http} blocks and the server body that a
 * test takes from {@code ops/nginx}.
 */
public final class Nginx implements AutoCloseable {

    private final Process process;
    private final Path prefix;
    private final int port;

    private Nginx(Process process, Path prefix, int port) {
        this.process = process;
        this.prefix = prefix;
        this.port = port;
    }

    /** A free port on loopback, to listen on. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Starts nginx listening on {@code 127.0.0.1:listen} and returns once it accepts connections.
     *
     * @param httpBlocks what goes in {@code http { }} besides the server: upstreams, caches, maps
     * @param serverBody what goes in {@code server { }} besides {@code listen}: the locations
     */
    public static Nginx start(Path prefix, int listen, String httpBlocks, String serverBody) throws IOException {
        String conf = """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                %2$s
                    server {
                        listen 127.0.0.1:%3$d;
                %4$s
                    }
                }
                """.formatted(prefix, httpBlocks, listen, serverBody);
        Path file = prefix.resolve("nginx.conf");
        Files.writeString(file, conf);
        Process process = new ProcessBuilder("nginx", "-p", prefix.toString(), "-c", file.toString())
                .redirectErrorStream(true)
                .redirectOutput(prefix.resolve("out.log").toFile())
                .start();
        await().atMost(Duration.ofSeconds(20)).until(() -> listening(listen) || !process.isAlive());
        assertThat(process.isAlive()).as("nginx runs; see " + prefix).isTrue();
        return new Nginx(process, prefix, listen);
    }

    public int port() {
        return port;
    }

    public Path prefix() {
        return prefix;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    public static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
