package vn.lantoa.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

/** One browser for the class, in both kinds of field; with fresh cookies, a test does not see the last one's. */
@WithChromium(freshCookies = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WithChromiumTests {

    static WebDriver shared;
    static HttpServer server;
    static WebDriver first;

    WebDriver browser;

    @BeforeAll
    static void serve() throws IOException {
        assertThat(shared).as("set before @BeforeAll").isNotNull();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = "<!doctype html><title>t</title>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @Test
    @Order(1)
    void aTestLeavesACookie() {
        assertThat(browser).isSameAs(shared);
        first = browser;
        browser.get(url());
        browser.manage().addCookie(new Cookie("left", "behind"));
        assertThat(browser.manage().getCookieNamed("left")).isNotNull();
    }

    @Test
    @Order(2)
    void theNextGetsTheSameBrowserWithoutIt() {
        assertThat(browser).as("one browser for the class").isSameAs(first);
        browser.get(url());
        assertThat(browser.manage().getCookieNamed("left")).isNull();
    }
}
