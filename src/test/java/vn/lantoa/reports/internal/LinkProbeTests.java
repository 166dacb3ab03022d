package vn.lantoa.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkProbeTests {

    private HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private volatile String userAgent;
    private volatile String cookie;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/up-then-gone", exchange -> {
            userAgent = exchange.getRequestHeaders().getFirst("User-Agent");
            cookie = exchange.getRequestHeaders().getFirst("Cookie");
            int status = hits.incrementAndGet() == 1 ? 200 : 404;
            exchange.getResponseHeaders().add("Set-Cookie", "tracker=1");
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.createContext("/no-head", exchange -> {
            exchange.sendResponseHeaders(exchange.getRequestMethod().equals("HEAD") ? 405 : 410, -1);
            exchange.close();
        });
        server.createContext("/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "/content-unavailable?ref=x");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/loop", exchange -> {
            exchange.getResponseHeaders().add("Location", "/loop");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static LinkProbe probe(boolean blockPrivate) {
        return new LinkProbe(Duration.ofSeconds(2), blockPrivate);
    }

    @Test
    void seesALinkReachableAndThenRemovedWithAPlainUserAgentAndNoCookies() {
        LinkProbe probe = probe(false);
        assertThat(probe.probe(url("/up-then-gone")).outcome()).isEqualTo(LinkProbe.Outcome.REACHABLE);
        LinkProbe.Result second = probe.probe(url("/up-then-gone"));
        assertThat(second.outcome()).isEqualTo(LinkProbe.Outcome.REMOVED);
        assertThat(second.status()).isEqualTo(404);
        assertThat(userAgent).isEqualTo(LinkProbe.USER_AGENT);
        assertThat(cookie).isNull();
    }

    @Test
    void fallsBackToGetWhenHeadIsRefused() {
        LinkProbe.Result result = probe(false).probe(url("/no-head"));
        assertThat(result.outcome()).isEqualTo(LinkProbe.Outcome.REMOVED);
        assertThat(result.status()).isEqualTo(410);
    }

    @Test
    void countsARedirectToAContentUnavailablePageAsRemoved() {
        LinkProbe.Result result = probe(false).probe(url("/moved"));
        assertThat(result.outcome()).isEqualTo(LinkProbe.Outcome.REMOVED);
        assertThat(result.finalUrl()).endsWith("/content-unavailable?ref=x");
    }

    @Test
    void stopsAfterAFewRedirects() {
        LinkProbe.Result result = probe(false).probe(url("/loop"));
        assertThat(result.outcome()).isEqualTo(LinkProbe.Outcome.ERROR);
        assertThat(result.detail()).isEqualTo("too many redirects");
    }

    @Test
    void refusesLoopbackTargetsWhenPrivateAddressesAreBlocked() {
        LinkProbe.Result result = probe(true).probe(url("/up-then-gone"));
        assertThat(result.outcome()).isEqualTo(LinkProbe.Outcome.REFUSED);
        assertThat(result.detail()).contains("127.0.0.1");
        assertThat(probe(true)
                        .probe("http://localhost:" + server.getAddress().getPort() + "/up-then-gone")
                        .outcome())
                .isEqualTo(LinkProbe.Outcome.REFUSED);
        assertThat(hits.get()).isZero();
    }

    @Test
    void answersAnErrorForWhatIsNotAWebLink() {
        assertThat(probe(true).probe("ftp://example.org/x").outcome()).isEqualTo(LinkProbe.Outcome.ERROR);
        assertThat(probe(true).probe("not a link at all").outcome()).isEqualTo(LinkProbe.Outcome.ERROR);
    }

    @ParameterizedTest
    @CsvSource({
        "127.0.0.1, false",
        "127.8.9.10, false",
        "10.1.2.3, false",
        "172.16.0.1, false",
        "172.31.255.255, false",
        "192.168.1.1, false",
        "169.254.169.254, false",
        "100.64.0.1, false",
        "0.0.0.0, false",
        "224.0.0.1, false",
        "::1, false",
        "fc00::1, false",
        "fd12:3456::1, false",
        "fe80::1, false",
        "::ffff:127.0.0.1, false",
        "::ffff:10.0.0.1, false",
        "8.8.8.8, true",
        "14.225.0.1, true",
        "172.32.0.1, true",
        "100.128.0.1, true",
        "2001:4860:4860::8888, true"
    })
    void tellsPublicAddressesFromInternalOnes(String literal, boolean expected) throws Exception {
        assertThat(LinkProbe.isPublic(InetAddress.getByName(literal))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "https://www.tiktok.com/404, true",
        "https://example.org/content_unavailable, true",
        "https://example.org/content-not-available/x, true",
        "https://example.org/removed, true",
        "https://example.org/posts/404-reasons, false",
        "https://example.org/, false",
        "https://example.org/news/removed-from-list, false"
    })
    void recognisesContentUnavailablePages(String url, boolean expected) {
        assertThat(LinkProbe.unavailablePage(URI.create(url))).isEqualTo(expected);
    }
}
