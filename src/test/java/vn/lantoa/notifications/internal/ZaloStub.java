package vn.lantoa.notifications.internal;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for Zalo's notification service on a loopback port: records every call and answers
 * 200 {@code "error": 0}, or the HTTP statuses scripted for a phone number, in order.
 */
final class ZaloStub implements AutoCloseable {

    record Call(String phone, String trackingId, String accessToken, String body) {}

    private static final Pattern PHONE = Pattern.compile("\"phone\"\\s*:\\s*\"([0-9]+)\"");
    private static final Pattern TRACKING = Pattern.compile("\"tracking_id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpServer server;
    private final java.util.concurrent.ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
        Thread thread = new Thread(r, "zalo-stub");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();
    private volatile long delayMillis;

    ZaloStub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/message/template", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String phone = find(PHONE, body);
            calls.add(new Call(
                    phone, find(TRACKING, body), exchange.getRequestHeaders().getFirst("access_token"), body));
            pause();
            Deque<Integer> script = phone == null ? null : scripted.get(phone);
            Integer status = script == null ? null : script.pollFirst();
            // a scripted 299 stands for ZNS's own refusal: HTTP 200 with a non-zero error code
            int code = status == null || status == 299 ? 200 : status;
            byte[] answer = (code == 200 && (status == null || status != 299)
                            ? "{\"error\":0,\"message\":\"Success\",\"data\":{\"msg_id\":\"stub\"}}"
                            : "{\"error\":-124,\"message\":\"stub failure\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(code, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next calls for {@code internationalPhone} answer these HTTP statuses, then 200 again. */
    void answer(String internationalPhone, Integer... statuses) {
        scripted.put(internationalPhone, new ArrayDeque<>(List.of(statuses)));
    }

    void delay(long millis) {
        delayMillis = millis;
    }

    List<Call> callsTo(String internationalPhone) {
        return calls.stream().filter(c -> internationalPhone.equals(c.phone())).toList();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    private void pause() {
        long millis = delayMillis;
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String find(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        return m.find() ? m.group(1) : null;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
