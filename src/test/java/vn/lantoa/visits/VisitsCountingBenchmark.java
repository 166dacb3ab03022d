package vn.lantoa.visits;

import jakarta.servlet.Filter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.LanToaApplication;

/**
 * What the visitor counter costs a public page: two application instances in this JVM on one
 * embedded PostgreSQL, one with {@code lantoa.visits.enabled=false} (the reference), loaded one at
 * a time by {@code wrk} (Debian package) in ABBA order with READERS distinct browser user agents.
 * Per run it measures the requests served and the CPU time used meanwhile by this JVM (both
 * instances, one idle) and by PostgreSQL (so the counter's flushes are charged): CPU per request
 * is the low-noise measure of cost, req/s the noisy one. Each pair gives a ratio on/off; the
 * summary is the median with a bootstrap 95 % confidence interval. Not a test: run it by hand,
 * see BENCHMARKS.md.
 *
 * <p>{@code /bench-cached} stands for a page-cache hit: a filter at order 10 (where the portal's
 * page cache sits, inside the counting filter) answers with the stored bytes of the home page.
 */
public final class VisitsCountingBenchmark {

    private static final Pattern REQUESTS = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("([0-9]+) requests in");
    private static final long PAUSE_MS = 1_200; // lets the last flush of a run land outside the next

    /** One wrk run: requests per second, requests, CPU of this JVM and of PostgreSQL (ns). */
    record Run(double rps, long requests, long jvmCpu, long pgCpu) {

        double cpuPerRequestMicros() {
            return (jvmCpu + pgCpu) / 1_000.0 / requests;
        }

        double pgPerRequestMicros() {
            return pgCpu / 1_000.0 / requests;
        }
    }

    public static void main(String[] args) throws Exception {
        long began = System.nanoTime();
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        String duration = args.length > 1 ? args[1] : "5s";
        int readers = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        String path = args.length > 3 ? args[3] : "/";
        System.out.printf("RESULT start load=%s%n", loadAverage());
        ConfigurableApplicationContext on = start(System.getProperty("bench.aa") == null);
        if (System.getProperty("micro") != null) {
            micro(on);
        }
        // -Dbench.aa: both instances without counting, to see the bias of the method itself (expect 1.0).
        ConfigurableApplicationContext off = start(false);
        long postmaster = postmaster(on.getBean(JdbcClient.class));
        Path script = Files.createTempFile("visits-bench", ".lua");
        Files.writeString(script, """
                local path = os.getenv("BENCH_PATH")
                request = function()
                  local ua = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 reader/" .. math.random(1, %d)
                  return wrk.format("GET", path, {["User-Agent"] = ua, ["Accept"] = "text/html"})
                end
                """.formatted(readers));
        try {
            measure(port(on), path, script, "10s", postmaster); // warm-up
            measure(port(off), path, script, "10s", postmaster);
            var flusher = on.getBean(vn.lantoa.visits.internal.VisitFlusher.class);
            var statistics = on.getBean(vn.lantoa.visits.internal.VisitStatistics.class);
            flusher.flush();
            long viewsBefore = statistics.fresh().pageViewsTotal();
            JdbcClient jdbc = on.getBean(JdbcClient.class);
            long rowWritesBefore = visitorRowWrites(jdbc);
            List<Run> withCounting = new ArrayList<>();
            List<Run> without = new ArrayList<>();
            List<String> loads = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                // ABBA: a drift during the run (JIT, other load) favours neither side.
                if (round % 2 == 0) {
                    withCounting.add(measure(port(on), path, script, duration, postmaster));
                    without.add(measure(port(off), path, script, duration, postmaster));
                } else {
                    without.add(measure(port(off), path, script, duration, postmaster));
                    withCounting.add(measure(port(on), path, script, duration, postmaster));
                }
                loads.add(loadAverage().split(" ")[0]);
                Run a = withCounting.getLast();
                Run b = without.getLast();
                System.out.printf(
                        "RESULT round=%d on: %.0f req/s %.1f µs CPU/req (PostgreSQL %.2f) | off: %.0f req/s %.1f µs"
                                + " CPU/req (PostgreSQL %.2f) | load %s%n",
                        round,
                        a.rps(),
                        a.cpuPerRequestMicros(),
                        a.pgPerRequestMicros(),
                        b.rps(),
                        b.cpuPerRequestMicros(),
                        b.pgPerRequestMicros(),
                        loads.getLast());
            }
            Thread.sleep(PAUSE_MS);
            flusher.flush();
            long counted = statistics.fresh().pageViewsTotal() - viewsBefore;
            Thread.sleep(PAUSE_MS); // PostgreSQL publishes its table statistics about once a second
            long rowWrites = visitorRowWrites(jdbc) - rowWritesBefore;
            long sent = withCounting.stream().mapToLong(Run::requests).sum();
            List<Double> cpuRatios = ratios(withCounting, without, Run::cpuPerRequestMicros);
            List<Double> rpsRatios = ratios(withCounting, without, Run::rps);
            double[] cpuCi = bootstrapMedian(cpuRatios);
            double[] rpsCi = bootstrapMedian(rpsRatios);
            System.out.printf(
                    "RESULT readers=%d path=%s rounds=%d duration=%s load-per-round=%s%n",
                    readers, path, rounds, duration, loads);
            System.out.printf(
                    "RESULT CPU per request on/off: median %.3f, 95%% CI [%.3f, %.3f], range [%.3f, %.3f];"
                            + " medians on %.1f µs, off %.1f µs (PostgreSQL on %.2f, off %.2f)%n",
                    median(cpuRatios),
                    cpuCi[0],
                    cpuCi[1],
                    min(cpuRatios),
                    max(cpuRatios),
                    median(withCounting.stream().map(Run::cpuPerRequestMicros).toList()),
                    median(without.stream().map(Run::cpuPerRequestMicros).toList()),
                    median(withCounting.stream().map(Run::pgPerRequestMicros).toList()),
                    median(without.stream().map(Run::pgPerRequestMicros).toList()));
            System.out.printf(
                    "RESULT req/s on/off: median %.3f, 95%% CI [%.3f, %.3f], range [%.3f, %.3f]; medians on %.0f,"
                            + " off %.0f%n",
                    median(rpsRatios),
                    rpsCi[0],
                    rpsCi[1],
                    min(rpsRatios),
                    max(rpsRatios),
                    median(withCounting.stream().map(Run::rps).toList()),
                    median(without.stream().map(Run::rps).toList()));
            System.out.printf(
                    "RESULT exactness: wrk 2xx %d, counted %d (requests in flight when wrk stops are counted, not"
                            + " reported)%n",
                    sent, counted);
            double secondsOn = withCounting.stream()
                    .mapToDouble(r -> r.requests() / r.rps())
                    .sum();
            System.out.printf(
                    "RESULT visits_visitor rows written: %d, %.0f per second of load on the counting instance%n",
                    rowWrites, rowWrites / secondsOn);
            System.out.printf("RESULT end load=%s wall=%.0f s%n", loadAverage(), (System.nanoTime() - began) / 1e9);
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

    static Run measure(int port, String path, Path script, String duration, long postmaster)
            throws IOException, InterruptedException {
        Thread.sleep(PAUSE_MS);
        long jvm = jvmCpu();
        long pg = processTreeCpu(postmaster);
        double[] wrk = wrk(port, path, script, duration);
        return new Run(wrk[0], (long) wrk[1], jvmCpu() - jvm, processTreeCpu(postmaster) - pg);
    }

    /** Requests per second and number of requests of one wrk run. */
    static double[] wrk(int port, String path, Path script, String duration) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                "wrk", "-t2", "-c32", "-d" + duration, "-s", script.toString(), "http://127.0.0.1:" + port);
        builder.environment().put("BENCH_PATH", path);
        Process process = builder.redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        Matcher m = REQUESTS.matcher(out);
        Matcher total = TOTAL.matcher(out);
        if (!m.find() || !total.find() || out.contains("Non-2xx")) {
            throw new IllegalStateException("wrk failed:\n" + out);
        }
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(total.group(1))};
    }

    /** Rows inserted or updated in {@code visits_visitor} so far (PostgreSQL's statistics). */
    static long visitorRowWrites(JdbcClient jdbc) {
        return jdbc.sql("SELECT n_tup_ins + n_tup_upd FROM pg_stat_user_tables WHERE relname = 'visits_visitor'")
                .query(Long.class)
                .single();
    }

    /** CPU time of this JVM, all threads, in ns. */
    static long jvmCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The PostgreSQL server process: the parent of the backend serving this connection. */
    static long postmaster(JdbcClient jdbc) throws IOException {
        long backend = jdbc.sql("SELECT pg_backend_pid()").query(Long.class).single();
        return Long.parseLong(stat(backend)[3]);
    }

    /**
     * CPU time of the PostgreSQL server and its processes, in ns: each live process's run time
     * from {@code schedstat} (ns), plus what exited children used, in clock ticks (10 ms).
     */
    static long processTreeCpu(long postmaster) throws IOException {
        String[] root = stat(postmaster);
        long total = schedstat(postmaster) + (Long.parseLong(root[15]) + Long.parseLong(root[16])) * 10_000_000L;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.toList()) {
                String name = p.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    long pid = Long.parseLong(name);
                    if (Long.parseLong(stat(pid)[3]) == postmaster) {
                        total += schedstat(pid);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile: its time is in the parent's children time
                }
            }
        }
        return total;
    }

    /** Fields of {@code /proc/PID/stat} after the command name: [0] is field 1 (pid), [3] the parent. */
    static String[] stat(long pid) throws IOException {
        String s = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] rest = s.substring(s.lastIndexOf(')') + 2).split(" ");
        String[] fields = new String[rest.length + 2];
        fields[0] = String.valueOf(pid);
        fields[1] = "comm";
        System.arraycopy(rest, 0, fields, 2, rest.length);
        return fields;
    }

    static long schedstat(long pid) throws IOException {
        return Long.parseLong(
                Files.readString(Path.of("/proc/" + pid + "/schedstat")).split(" ")[0]);
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static List<Double> ratios(List<Run> on, List<Run> off, Function<Run, Double> measure) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < on.size(); i++) {
            ratios.add(measure.apply(on.get(i)) / measure.apply(off.get(i)));
        }
        return ratios;
    }

    /** 95 % percentile-bootstrap interval of the median (10,000 resamples, fixed seed). */
    static double[] bootstrapMedian(List<Double> values) {
        Random random = new Random(42);
        int n = values.size();
        double[] medians = new double[10_000];
        for (int b = 0; b < medians.length; b++) {
            List<Double> sample = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                sample.add(values.get(random.nextInt(n)));
            }
            medians[b] = median(sample);
        }
        java.util.Arrays.sort(medians);
        return new double[] {medians[249], medians[9_749]};
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
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
