package vn.lantoa.visits;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import vn.lantoa.LanToaApplication;

/**
 * Throughput of public pages with the visitor counter on and off, in the same run: two
 * application instances in this JVM on one embedded PostgreSQL, one with
 * {@code lantoa.visits.enabled=false}, loaded alternately by {@code wrk} (Debian package) with
 * 10,000 distinct browser user agents. Not a test: run it by hand, see BENCHMARKS.md.
 *
 * <p>{@code /bench-cached} stands for a page-cache hit: a filter at order 10 (where the portal's
 * page cache sits, inside the counting filter at order 0) answers with the stored bytes of the
 * home page, so the counter's cost is measured against the cheapest page the site serves.
 */
public final class VisitsCountingBenchmark {

    private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String duration = args.length > 1 ? args[1] : "10s";
        int readers = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        List<String> paths = args.length > 3 ? List.of(args[3].split(",")) : List.of("/bench-cached", "/");
        ConfigurableApplicationContext on = start(true);
        if (System.getProperty("micro") != null) {
            micro(on);
        }
        ConfigurableApplicationContext off = start(false);
        Path script = Files.createTempFile("visits-bench", ".lua");
        Files.writeString(script, """
                local path = os.getenv("BENCH_PATH")
                request = function()
                  local ua = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 reader/" .. math.random(1, %d)
                  return wrk.format("GET", path, {["User-Agent"] = ua, ["Accept"] = "text/html"})
                end
                """.formatted(readers));
        try {
            for (String path : paths) {
                List<Double> withCounting = new ArrayList<>();
                List<Double> without = new ArrayList<>();
                wrk(port(on), path, script, "10s"); // warm-up
                wrk(port(off), path, script, "10s");
                List<Double> paired = new ArrayList<>();
                var flusher = on.getBean(vn.lantoa.visits.internal.VisitFlusher.class);
                var statistics = on.getBean(vn.lantoa.visits.internal.VisitStatistics.class);
                flusher.flush();
                long viewsBefore = statistics.fresh().pageViewsTotal();
                long sent = 0;
                for (int round = 0; round < rounds; round++) {
                    // ABBA order, so that a drift during the run (JIT, other load) favours neither side.
                    double[] a;
                    double b;
                    if (round % 2 == 0) {
                        a = wrkRun(port(on), path, script, duration);
                        b = wrk(port(off), path, script, duration);
                    } else {
                        b = wrk(port(off), path, script, duration);
                        a = wrkRun(port(on), path, script, duration);
                    }
                    sent += (long) a[1];
                    withCounting.add(a[0]);
                    without.add(b);
                    paired.add(a[0] / b);
                }
                flusher.flush();
                long counted = statistics.fresh().pageViewsTotal() - viewsBefore;
                System.out.printf(
                        "RESULT readers=%d path=%s paired-ratios=%s median-paired-ratio=%.3f sent-2xx=%d counted=%d%n",
                        readers, path, paired, median(paired), sent, counted);
                // Both at once: the two nodes share the CPU (and any outside load) in the same seconds.
                List<Double> simultaneous = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    var onRun = java.util.concurrent.CompletableFuture.supplyAsync(
                            () -> unchecked(() -> wrk(port(on), path, script, duration, 1, 16)));
                    double b = wrk(port(off), path, script, duration, 1, 16);
                    simultaneous.add(onRun.join() / b);
                }
                System.out.printf(
                        "RESULT readers=%d path=%s simultaneous-ratios=%s median-simultaneous-ratio=%.3f%n",
                        readers, path, simultaneous, median(simultaneous));
                double a = median(withCounting);
                double b = median(without);
                System.out.printf(
                        "RESULT readers=" + readers
                                + " path=%s counting-on=%s counting-off=%s median-on=%.0f median-off=%.0f cost=%.2f%%%n",
                        path,
                        withCounting,
                        without,
                        a,
                        b,
                        100 * (1 - a / b));
            }
            System.out.println("RESULT "
                    + on.getBean(vn.lantoa.visits.internal.VisitStatistics.class)
                            .fresh());
        } finally {
            on.close();
            off.close();
        }
    }

    static ConfigurableApplicationContext start(boolean counting) {
        return new SpringApplicationBuilder(LanToaApplication.class, CachedPage.class)
                .run(
                        "--server.port=0",
                        "--lantoa.embedded.shared-per-jvm=true",
                        "--lantoa.visits.enabled=" + counting,
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=WARN");
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    static double wrk(int port, String path, Path script, String duration) throws IOException, InterruptedException {
        return wrkRun(port, path, script, duration)[0];
    }

    static double wrk(int port, String path, Path script, String duration, int threads, int connections)
            throws IOException, InterruptedException {
        return wrkRun(port, path, script, duration, threads, connections)[0];
    }

    interface Run {
        double get() throws Exception;
    }

    static double unchecked(Run run) {
        try {
            return run.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern TOTAL = Pattern.compile("([0-9]+) requests in");

    /** Requests per second and number of requests of one wrk run. */
    static double[] wrkRun(int port, String path, Path script, String duration)
            throws IOException, InterruptedException {
        return wrkRun(port, path, script, duration, 2, 32);
    }

    static double[] wrkRun(int port, String path, Path script, String duration, int threads, int connections)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                "wrk",
                "-t" + threads,
                "-c" + connections,
                "-d" + duration,
                "-s",
                script.toString(),
                "http://127.0.0.1:" + port);
        builder.environment().put("BENCH_PATH", path);
        Process process = builder.redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher m = REQUESTS.matcher(out);
        if (!m.find() || out.contains("Non-2xx")) {
            throw new IllegalStateException("wrk failed:\n" + out);
        }
        Matcher total = TOTAL.matcher(out);
        total.find();
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(total.group(1))};
    }

    /**
     * The counting path alone, in this thread: the rules, the visitor hash and the in-memory
     * counters, for 1,000 readers; the scheduled flush runs meanwhile as in production.
     */
    static void micro(ConfigurableApplicationContext on) {
        var rules = vn.lantoa.visits.internal.PageViewRules.standard();
        var identity = new vn.lantoa.visits.internal.VisitorIdentity(
                on.getBean(vn.lantoa.visits.internal.DayKeys.class), false);
        var buffer = on.getBean(vn.lantoa.visits.internal.VisitBuffer.class);
        var requests = new org.springframework.mock.web.MockHttpServletRequest[1000];
        for (int i = 0; i < requests.length; i++) {
            requests[i] = new org.springframework.mock.web.MockHttpServletRequest("GET", "/bai-viet/tin-" + (i % 50));
            requests[i].addHeader(
                    "User-Agent",
                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 r/"
                            + i);
            requests[i].setRemoteAddr("10.0." + (i / 250) + "." + (i % 250));
        }
        var clock = java.time.Clock.system(vn.lantoa.platform.Zone.VIETNAM);
        for (int pass = 0; pass < 5; pass++) {
            int n = 2_000_000;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                var request = requests[i % requests.length];
                if (rules.mayCount(request)) {
                    var now = clock.instant();
                    var day = java.time.LocalDate.ofInstant(now, vn.lantoa.platform.Zone.VIETNAM);
                    buffer.record(identity.visitorOf(request, day), request.getRequestURI(), now, day);
                }
            }
            System.out.printf(
                    "RESULT micro pass=%d counting-path=%.0f ns/page view%n",
                    pass, (System.nanoTime() - start) / (double) n);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The stand-in for a page-cache hit: the home page's bytes, fetched once, served at order 10. */
    // Not @Configuration: registered only by this benchmark, never picked up by the tests' component scan.
    static class CachedPage {

        @Bean
        FilterRegistrationBean<Filter> benchCachedPage() {
            byte[][] page = new byte[1][];
            Filter filter = (request, response, chain) -> {
                var http = (jakarta.servlet.http.HttpServletRequest) request;
                if (!"/bench-cached".equals(http.getRequestURI())) {
                    chain.doFilter(request, response);
                    return;
                }
                if (page[0] == null) {
                    page[0] = fetchHome(request.getLocalPort());
                }
                response.setContentType("text/html;charset=UTF-8");
                response.setContentLength(page[0].length);
                response.getOutputStream().write(page[0]);
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(10);
            return registration;
        }

        static byte[] fetchHome(int port) throws IOException {
            try (HttpClient client = HttpClient.newHttpClient()) {
                return client.send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                                        .header("User-Agent", "warm-up-bot")
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray())
                        .body();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }
}
