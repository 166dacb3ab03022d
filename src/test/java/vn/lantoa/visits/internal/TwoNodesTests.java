package vn.lantoa.visits.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lantoa.LanToaApplication;
import vn.lantoa.platform.LanToaIntegrationTest;

/** Two application instances on one database, readers served by both: the sums stay exact. */
@LanToaIntegrationTest
class TwoNodesTests {

    static ConfigurableApplicationContext second;

    @LocalServerPort
    int port;

    @Autowired
    VisitFlusher flusher;

    @Autowired
    VisitStatistics statistics;

    @BeforeAll
    static void startTheSecondNode() {
        second = new SpringApplicationBuilder(LanToaApplication.class)
                .run(
                        "--server.port=0",
                        "--lantoa.embedded.shared-per-jvm=true",
                        "--lantoa.demo.enabled=true",
                        "--lantoa.admin.initial-password=" + LanToaIntegrationTest.ADMIN_PASSWORD,
                        "--spring.main.banner-mode=off");
    }

    @AfterAll
    static void stopTheSecondNode() {
        if (second != null) {
            second.close();
        }
    }

    VisitFigures settled() {
        flusher.flush();
        second.getBean(VisitFlusher.class).flush();
        return statistics.fresh();
    }

    VisitFigures settledAfter(VisitFigures before, long views) {
        return SettledViews.after(this::settled, before, views);
    }

    @Test
    void readersServedByTwoNodesGiveExactPageViewsAndOneVisitEach() throws Exception {
        int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
        int readers = 10;
        int views = 20;
        VisitFigures before = settled();
        try (ExecutorService pool = Executors.newFixedThreadPool(readers)) {
            List<Future<?>> work = new ArrayList<>();
            for (int r = 0; r < readers; r++) {
                Reader reader = Reader.unique();
                work.add(pool.submit(() -> {
                    for (int i = 0; i < views; i++) {
                        // Round robin, as a load balancer without stickiness would do.
                        int node = i % 2 == 0 ? port : secondPort;
                        assertThat(reader.get(node, "/").statusCode()).isEqualTo(200);
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
        assertThat(after.online() - before.online()).isEqualTo(readers);
    }

    @Test
    void aGracefulStopWritesWhatTheNodeCountedLast() throws Exception {
        ConfigurableApplicationContext third = new SpringApplicationBuilder(LanToaApplication.class)
                .run(
                        "--server.port=0",
                        "--lantoa.embedded.shared-per-jvm=true",
                        "--lantoa.visits.flush-interval=1h",
                        "--spring.main.banner-mode=off");
        int thirdPort = ((WebServerApplicationContext) third).getWebServer().getPort();
        VisitFigures before = settled();
        Reader reader = Reader.unique();
        for (int i = 0; i < 5; i++) {
            reader.get(thirdPort, "/");
        }
        third.close();
        VisitFigures after = settled();
        assertThat(after.pageViewsTotal() - before.pageViewsTotal()).isEqualTo(5);
        assertThat(after.total() - before.total()).isEqualTo(1);
    }
}
