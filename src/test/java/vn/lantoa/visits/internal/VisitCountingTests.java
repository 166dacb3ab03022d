package vn.lantoa.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Zone;

@LanToaIntegrationTest
class VisitCountingTests {

    @LocalServerPort
    int port;

    @Autowired
    VisitFlusher flusher;

    @Autowired
    VisitStatistics statistics;

    @Autowired
    DayKeys keys;

    @Autowired
    JdbcClient jdbc;

    VisitFigures settled() {
        flusher.flush();
        return statistics.fresh();
    }

    VisitFigures settledAfter(VisitFigures before, long views) {
        return SettledViews.after(this::settled, before, views);
    }

    @Test
    void concurrentReadersGiveExactlyTheirPageViewsAndOneVisitEach() throws Exception {
        int readers = 12;
        int views = 25;
        VisitFigures before = settled();
        long homeBefore = homeViewsToday();
        AtomicInteger cacheHits = new AtomicInteger();
        try (ExecutorService pool = Executors.newFixedThreadPool(readers)) {
            List<Future<?>> work = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                Reader reader = Reader.unique();
                work.add(pool.submit(() -> {
                    for (int i = 0; i < views; i++) {
                        HttpResponse<String> response = reader.get(port, "/");
                        assertThat(response.statusCode()).isEqualTo(200);
                        if ("HIT"
                                .equals(response.headers()
                                        .firstValue("X-Page-Cache")
                                        .orElse(""))) {
                            cacheHits.incrementAndGet();
                        }
                    }
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
        }
        VisitFigures after = settledAfter(before, (long) readers * views);
        assertThat(after.pageViewsTotal() - before.pageViewsTotal()).isEqualTo((long) readers * views);
        assertThat(after.total() - before.total()).isEqualTo(readers);
        assertThat(homeViewsToday() - homeBefore).isEqualTo((long) readers * views);
        assertThat(after.online() - before.online()).isEqualTo(readers);
        assertThat(cacheHits)
                .as("pages served by the portal's page cache count too")
                .hasValueGreaterThan(0);
    }

    @Test
    void botsHeadPrefetchAssetsApiErrorsAndTheBackOfficeAreNotCounted() throws Exception {
        Reader reader = Reader.unique();
        Browser admin = new Browser(port);
        admin.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);
        VisitFigures before = settled();

        new Reader("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)").get(port, "/");
        new Reader("facebookexternalhit/1.1").get(port, "/");
        new Browser(port).get("/"); // Java's HTTP client: a library, not a reader
        assertThat(reader.send(port, "/", "HEAD").statusCode()).isEqualTo(200);
        reader.get(port, "/", "Sec-Purpose", "prefetch");
        reader.get(port, "/", "Purpose", "prefetch");
        reader.get(port, "/", "X-Moz", "prefetch");
        reader.get(port, "/css/lantoa.css");
        reader.get(port, "/js/lantoa.js");
        reader.get(port, "/webjars/htmx.org/dist/htmx.min.js");
        reader.get(port, "/api/v1/visits");
        assertThat(reader.get(port, "/khong-co-trang-nay").statusCode()).isEqualTo(404);
        assertThat(admin.get("/quan-tri").statusCode()).isEqualTo(200);
        assertThat(admin.get("/quan-tri/truy-cap").statusCode()).isEqualTo(200);
        SettledViews.holds(this::settled, before, 0);
        VisitFigures nothing = settled();
        assertThat(nothing.pageViewsTotal()).isEqualTo(before.pageViewsTotal());
        assertThat(nothing.total()).isEqualTo(before.total());

        reader.get(port, "/");
        VisitFigures one = settledAfter(before, 1);
        assertThat(one.pageViewsTotal() - before.pageViewsTotal()).isEqualTo(1);
        assertThat(one.total() - before.total()).isEqualTo(1);
    }

    @Test
    void aReaderComingBackWithinThirtyMinutesOnAnotherFlushMakesNoNewVisit() throws Exception {
        Reader reader = Reader.unique();
        VisitFigures before = settled();
        reader.get(port, "/");
        settledAfter(before, 1);
        reader.get(port, "/?lang=vi");
        reader.get(port, "/");
        VisitFigures after = settledAfter(before, 3);
        assertThat(after.pageViewsTotal() - before.pageViewsTotal()).isEqualTo(3);
        assertThat(after.total() - before.total()).isEqualTo(1);
    }

    @Test
    void anUntrustedForwardedForDoesNotMakeNewVisitors() throws Exception {
        // from an address that is not loopback: a proxy on loopback is trusted to forward the client's address
        java.net.InetAddress own = vn.lantoa.platform.NonLoopbackAddress.find().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(own != null, "no non-loopback address on this machine");
        Reader reader = Reader.unique().from(own);
        VisitFigures before = settled();
        reader.get(port, "/", "X-Forwarded-For", "203.0.113.7");
        reader.get(port, "/", "X-Forwarded-For", "198.51.100.9");
        VisitFigures after = settledAfter(before, 2);
        assertThat(after.total() - before.total()).isEqualTo(1);
        assertThat(after.pageViewsTotal() - before.pageViewsTotal()).isEqualTo(2);
    }

    @Test
    void aTrustedForwardedForTakesTheAddressOurProxyAppended() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setRemoteAddr("10.0.0.2");
        request.addHeader("X-Forwarded-For", "1.2.3.4, 203.0.113.7");
        assertThat(new VisitorIdentity(keys, true).clientAddress(request)).isEqualTo("203.0.113.7");
        assertThat(new VisitorIdentity(keys, false).clientAddress(request)).isEqualTo("10.0.0.2");
    }

    @Test
    void theVisitorHashKeepsNoAddressAndChangesWithTheDay() {
        VisitorIdentity identity = new VisitorIdentity(keys, false);
        LocalDate today = LocalDate.now(Zone.VIETNAM);
        String hash = identity.hash(today, "203.0.113.7", "Firefox");
        assertThat(hash).hasSize(22).doesNotContain("203");
        assertThat(identity.hash(today, "203.0.113.7", "Firefox")).isEqualTo(hash);
        assertThat(identity.hash(today, "203.0.113.8", "Firefox")).isNotEqualTo(hash);
        assertThat(identity.hash(today.plusDays(1), "203.0.113.7", "Firefox")).isNotEqualTo(hash);
    }

    @Test
    void theFooterWidgetAndTheApiShowTheFigures() throws Exception {
        Reader reader = Reader.unique();
        VisitFigures before = settled();
        reader.get(port, "/");
        VisitFigures figures = settledAfter(before, 1);
        String vi = reader.get(port, "/").body();
        // the page is the same for every reader: the figures come from the API (HomePageBrowserTests)
        assertThat(vi).contains("Thống kê truy cập", "Đang online", "Hôm nay", "Trong tuần", "Tất cả");
        assertThat(vi).contains("data-lt-visits=\"/api/v1/visits\"", "data-lt-visits-count=\"no\"");
        assertThat(vi).doesNotContainPattern("lt-visits-total\">\\d");
        HttpResponse<String> api = reader.get(port, "/api/v1/visits", "Accept", "application/json");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body())
                .contains("\"online\":", "\"today\":", "\"week\":", "\"pageViewsToday\":", "\"pageViewsTotal\":")
                .containsPattern("\"total\":" + figures.total() / 1000 + "\\d{3}");
    }

    long homeViewsToday() {
        return jdbc.sql("SELECT coalesce(sum(views), 0) FROM visits_page_day WHERE day = ? AND path = '/'")
                .param(LocalDate.now(Zone.VIETNAM))
                .query(Long.class)
                .single();
    }
}
