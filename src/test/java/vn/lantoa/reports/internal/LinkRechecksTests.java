package vn.lantoa.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.reports.Clusters;

@LanToaIntegrationTest
class LinkRechecksTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportedLinks links;

    @Autowired
    Clock clock;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ForwardPackages packages;

    @Autowired
    LinkRechecks configured;

    @Test
    void aLinkSeenUpThenGoneIsStoredWithItsTimeToRemoval() throws Exception {
        AtomicInteger hits = new AtomicInteger();
        HttpServer stub = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stub.createContext("/", exchange -> {
            exchange.sendResponseHeaders(hits.incrementAndGet() == 1 ? 200 : 404, -1);
            exchange.close();
        });
        stub.start();
        try {
            String m = Clusters.marker();
            String url = "http://127.0.0.1:" + stub.getAddress().getPort() + "/bai/" + m;
            Clusters clusters = new Clusters(jdbc);
            long cluster = clusters.cluster();
            clusters.report(cluster, "Bài xuyên tạc " + m, url, "distortion", 2);
            LinkRechecks rechecks = new LinkRechecks(
                    jdbc, links, clock, tx, true, Duration.ofHours(6), new LinkProbe(Duration.ofSeconds(2), false));

            assertThat(configured.enabled()).isFalse(); // off unless outbound HTTP is allowed
            links.watchNew(clock.instant());
            assertThat(rechecks.takeDue(100_000)).contains(url);
            assertThat(rechecks.takeDue(100_000)).doesNotContain(url); // due again in 6 hours

            assertThat(rechecks.check(url).outcome()).isEqualTo(LinkProbe.Outcome.REACHABLE);
            assertThat(rechecks.check(url).outcome()).isEqualTo(LinkProbe.Outcome.REMOVED);
            assertThat(jdbc.sql(
                                    "SELECT outcome || ':' || coalesce(http_status, 0) FROM rpt_link_check WHERE url = ? ORDER BY id")
                            .param(url)
                            .query(String.class)
                            .list())
                    .containsExactly("REACHABLE:200", "REMOVED:404");

            List<ForwardPackage.Link> state = packages.links(cluster);
            assertThat(state).hasSize(1);
            assertThat(state.getFirst().lastOutcome()).isEqualTo("REMOVED");
            assertThat(state.getFirst().removedAt()).isNotNull();
            assertThat(state.getFirst().hoursToRemoval()).isBetween(47L, 48L);

            Browser handler = new Browser(port);
            handler.signIn("xuly", LanToaIntegrationTest.DEMO_PASSWORD);
            assertThat(handler.get("/quan-tri/phan-anh/" + cluster + "/xu-ly").body())
                    .contains("Đã bị gỡ", "2 ngày 0 giờ", "Việc kiểm tra lại đường dẫn đang tắt");
        } finally {
            stub.stop(0);
        }
    }
}
