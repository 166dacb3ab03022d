package vn.lantoa.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.NonLoopbackAddress;

/**
 * Issue 16 point 6: behind a TLS-terminating proxy on this machine, {@code X-Forwarded-Proto:
 * https} makes the request HTTPS to the app: Secure cookies, https redirects, HSTS. From any other
 * address the header is not believed.
 */
@LanToaIntegrationTest
class BehindProxyTests {

    @LocalServerPort
    int port;

    @Test
    void aRequestForwardedAsHttpsByTheLocalProxyGetsHttpsRedirectsHstsAndSecureCookies() {
        HttpResponse<String> protectedPage = send("localhost", null, "/thanh-vien", "https");
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(protectedPage.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("https://localhost/dang-nhap"));
        assertThat(protectedPage.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(h -> assertThat(h).contains("max-age="));

        HttpResponse<String> loginPage = send("localhost", null, "/dang-nhap", "https");
        assertThat(setCookie(loginPage, "XSRF-TOKEN")).containsIgnoringCase("; Secure");

        // signing in through the proxy: the session cookie is Secure
        Browser browser = new Browser(port);
        browser.get("/dang-nhap");
        String form = "username=thanhvien&password="
                + URLEncoder.encode(LanToaIntegrationTest.DEMO_PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(browser.csrfToken(), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(browser.base() + "/dang-nhap"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-Proto", "https")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("https://").doesNotContain("error"));
        assertThat(setCookie(signedIn, "SESSION"))
                .containsIgnoringCase("; Secure")
                .containsIgnoringCase("HttpOnly");
    }

    @Test
    void plainHttpWithoutTheHeaderStaysPlain() {
        HttpResponse<String> page = send("localhost", null, "/thanh-vien", null);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("http://localhost:" + port + "/dang-nhap"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(setCookie(send("localhost", null, "/dang-nhap", null), "XSRF-TOKEN"))
                .doesNotContainIgnoringCase("Secure");
    }

    @Test
    void theHeaderFromAnAddressThatIsNotTheLocalProxyIsNotBelieved() {
        InetAddress own = NonLoopbackAddress.find().orElse(null);
        Assumptions.assumeTrue(own != null, "no non-loopback address on this machine");
        HttpResponse<String> page = send(own.getHostAddress(), own, "/thanh-vien", "https");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("http://"));
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpResponse<String> send(String host, InetAddress from, String path, String forwardedProto) {
        HttpClient.Builder client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
        if (from != null) {
            client.localAddress(from);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + path))
                .header("Accept", "text/html");
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        try (HttpClient http = client.build()) {
            return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String setCookie(HttpResponse<?> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + cookies));
    }
}
