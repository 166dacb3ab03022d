package vn.lantoa.platform;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client that behaves like a browser session for tests: keeps cookies, reads the
 * CSRF token from the page's {@code <meta name="_csrf">} and signs in through the real form.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]*)\">");
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;
    private final String base;
    private String csrfToken = "";

    private final String address;

    public Browser(int port) {
        this("http://localhost:" + port, null);
    }

    private Browser(String base, String localAddress) {
        this.base = base;
        this.address = localAddress == null ? "127.0.0.1" : localAddress;
        HttpClient.Builder builder =
                HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER);
        if (localAddress != null) {
            try {
                builder.localAddress(java.net.InetAddress.getByName(localAddress));
            } catch (java.net.UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        this.client = builder.build();
    }

    /**
     * A browser connecting from its own random loopback address (127.x.y.z), so that limits kept
     * per address (e.g. the public report form's) count only this browser's requests.
     */
    public static Browser fromOwnLoopbackAddress(int port) {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        String address = "127." + r.nextInt(1, 255) + "." + r.nextInt(1, 255) + "." + r.nextInt(2, 255);
        return new Browser("http://127.0.0.1:" + port, address);
    }

    /** The address this browser connects from. */
    public String address() {
        return address;
    }

    /** The server's base URL, e.g. for building requests by hand with {@link #send}. */
    public String base() {
        return base;
    }

    public HttpResponse<String> get(String path) {
        return get(path, "text/html,application/xhtml+xml");
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", accept)
                .GET()
                .build());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", csrfToken);
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** A form with one file, as a browser sends {@code enctype="multipart/form-data"} (with the CSRF field). */
    public HttpResponse<String> postMultipart(
            String path, Map<String, String> fields, String fileField, String fileName, String fileType, byte[] bytes) {
        String boundary = "----lantoa" + System.nanoTime();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", csrfToken);
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        all.forEach((name, value) -> body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + fileType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    /** A response with a binary body (a download). */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON request as a script on one of our pages would send it: with the CSRF header. */
    public HttpResponse<String> postJson(String path, String json, String... headers) {
        return postJson(path, json, true, headers);
    }

    /** A JSON request, with the CSRF header or without it (as another app would send it). */
    public HttpResponse<String> postJson(String path, String json, boolean withCsrf, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (withCsrf) {
            builder.header("X-XSRF-TOKEN", csrfToken);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return send(builder.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Signs in through {@code /dang-nhap}; returns the response to the POST (a redirect). */
    public HttpResponse<String> signIn(String username, String password) {
        get("/dang-nhap");
        return postForm("/dang-nhap", Map.of("username", username, "password", password));
    }

    /** The value of a cookie this browser holds, if any. */
    public java.util.Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst();
    }

    /** Every cookie this browser holds, as a {@code Cookie} request header (for another client to send). */
    public String cookieHeader() {
        return cookies.getCookieStore().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
    }

    public String csrfToken() {
        return csrfToken;
    }

    /** Sends a request built by hand, keeping cookies and the CSRF token as every other call. */
    public HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher m = CSRF.matcher(response.body());
            if (m.find()) {
                csrfToken = m.group(1);
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
