package vn.lantoa.links.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The optional short-link resolver, against a local HTTP stub on 127.0.0.1 (never the internet). */
class ShortLinkResolverTests {

    /** The stub's addresses play the short links; the first address elsewhere is the answer. */
    private static final Predicate<String> LOCAL = url -> url.startsWith("http://127.0.0.1:");

    private HttpServer server;
    private String base;
    private final AtomicInteger requests = new AtomicInteger();

    @BeforeEach
    void startStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/short", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Location", base + "/hop?x=1");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.createContext("/hop", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders()
                    .add("Location", "https://www.facebook.com/story.php?story_fbid=123&id=456&mibextid=abc");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/loop", exchange -> {
            requests.incrementAndGet();
            exchange.getResponseHeaders().add("Location", base + "/loop");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.createContext("/page", exchange -> {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stopStub() {
        server.stop(0);
    }

    @Test
    void followsRedirectsUntilTheyLeaveTheShortLinkHostsWithoutFetchingTheTarget() {
        ShortLinkResolver resolver = new ShortLinkResolver(Duration.ofSeconds(2), true, LOCAL);
        assertThat(resolver.resolve(base + "/short"))
                .hasValue("https://www.facebook.com/story.php?story_fbid=123&id=456&mibextid=abc");
        assertThat(requests).hasValue(2);
    }

    @Test
    void givesUpOnRedirectLoopsSlowServersAndPagesThatDoNotRedirect() {
        ShortLinkResolver resolver = new ShortLinkResolver(Duration.ofMillis(500), true, LOCAL);
        assertThat(resolver.resolve(base + "/loop")).as("loop").isEmpty();
        assertThat(requests.get()).as("hops are bounded").isLessThanOrEqualTo(5);
        assertThat(resolver.resolve(base + "/slow")).as("slow").isEmpty();
        assertThat(resolver.resolve(base + "/page")).as("no redirect").isEmpty();
    }

    @Test
    void refusesLoopbackAndPrivateAddressesInProduction() {
        ShortLinkResolver resolver = new ShortLinkResolver(Duration.ofSeconds(1), false, LOCAL);
        assertThat(resolver.resolve(base + "/short")).isEmpty();
        assertThat(requests).hasValue(0);
    }
}
