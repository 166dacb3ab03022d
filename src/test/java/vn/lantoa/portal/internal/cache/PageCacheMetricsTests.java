package vn.lantoa.portal.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.portal.PortalTestArticles;

/** Anonymous readers' requests for a public page count as page-cache misses, then hits; a signed-in reader's as neither. */
@LanToaIntegrationTest
class PageCacheMetricsTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MeterRegistry registry;

    double requests(String result) {
        return registry.get(PageCacheMetrics.REQUESTS)
                .tag("result", result)
                .counter()
                .count();
    }

    @Test
    void theFirstReadingOfAPageIsAMissAndTheNextTwoAreHits() {
        var article = new PortalTestArticles(jdbc, events)
                .publish("Trang đếm " + PortalTestArticles.uniqueWord(), "Tóm tắt", "Thân bài", 1);
        String path = "/bai-viet/" + article.slug();
        double hits = requests("hit");
        double misses = requests("miss");

        Browser reader = new Browser(port);
        HttpResponse<String> first = reader.get(path);
        HttpResponse<String> second = reader.get(path);
        HttpResponse<String> third = new Browser(port).get(path);

        assertThat(first.headers().firstValue(PageCacheFilter.CACHE_HEADER)).hasValue("MISS");
        assertThat(second.headers().firstValue(PageCacheFilter.CACHE_HEADER)).hasValue("HIT");
        assertThat(third.headers().firstValue(PageCacheFilter.CACHE_HEADER)).hasValue("HIT");
        assertThat(requests("miss")).isEqualTo(misses + 1);
        assertThat(requests("hit")).isEqualTo(hits + 2);

        Browser editor = new Browser(port);
        editor.signIn("bientap", LanToaIntegrationTest.DEMO_PASSWORD);
        double hitsBefore = requests("hit");
        double missesBefore = requests("miss");
        editor.get(path);
        assertThat(requests("hit")).isEqualTo(hitsBefore);
        assertThat(requests("miss")).isEqualTo(missesBefore);
    }
}
