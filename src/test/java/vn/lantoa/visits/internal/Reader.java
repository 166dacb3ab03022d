package vn.lantoa.visits.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/** A test reader with its own browser-like user agent, hence its own visitor identity. */
final class Reader {

    static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    final String userAgent;
    private final HttpClient http;
    private final String host;

    Reader(String userAgent) {
        this(userAgent, HTTP, "localhost");
    }

    private Reader(String userAgent, HttpClient http, String host) {
        this.userAgent = userAgent;
        this.http = http;
        this.host = host;
    }

    /** The same reader connecting to, and from, one of this machine's own addresses. */
    Reader from(java.net.InetAddress address) {
        return new Reader(
                userAgent,
                HttpClient.newBuilder()
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .localAddress(address)
                        .build(),
                address.getHostAddress());
    }

    static Reader unique() {
        return new Reader("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 LanToaTest/"
                + UUID.randomUUID());
    }

    HttpResponse<String> get(int port, String path, String... headers) {
        return send(port, path, "GET", headers);
    }

    HttpResponse<String> send(int port, String path, String method, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
                .header("User-Agent", userAgent)
                .header("Accept", "text/html")
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
