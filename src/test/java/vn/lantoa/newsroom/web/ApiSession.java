package vn.lantoa.newsroom.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.lantoa.platform.LanToaIntegrationTest;

/** A signed-in session for the editors' JSON API: session cookie plus the CSRF header from the page. */
final class ApiSession {

    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf|_csrf_header)\" content=\"([^\"]*)\">");
    private final HttpClient client;
    private final String base;
    private String token = "";
    private String header = "X-CSRF-TOKEN";

    ApiSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    static ApiSession signedIn(int port, String username) {
        ApiSession s = new ApiSession(port);
        s.get("/dang-nhap");
        String form = "username=" + username + "&password="
                + URLEncoder.encode(LanToaIntegrationTest.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(s.token, StandardCharsets.UTF_8);
        s.send(HttpRequest.newBuilder(URI.create(s.base + "/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        s.get("/dang-nhap"); // the token changes at sign-in
        return s;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .GET()
                .build());
    }

    HttpResponse<String> json(String method, String path, String body) {
        return json(method, path, body, null);
    }

    HttpResponse<String> json(String method, String path, String body, String idempotencyKey) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Accept-Language", "vi")
                .header(header, token)
                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        if (idempotencyKey != null) {
            b.header("Idempotency-Key", idempotencyKey);
        }
        return send(b.build());
    }

    HttpResponse<String> upload(String path, String fileName, byte[] bytes) {
        String boundary = "----lantoa" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: image/jpeg\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bytes.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bytes, 0, all, head.length, bytes.length);
        System.arraycopy(tail, 0, all, head.length + bytes.length, tail.length);
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("Accept-Language", "vi")
                .header(header, token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(all))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher m = META.matcher(response.body());
            while (m.find()) {
                if (m.group(1).equals("_csrf")) {
                    token = m.group(2);
                } else {
                    header = m.group(2);
                }
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
