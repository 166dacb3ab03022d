package vn.lantoa.notifications.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A push service on a loopback port that speaks the Web Push protocol as a browser vendor's does
 * (RFC 8030): it takes a POST on a subscription's endpoint, checks the VAPID authorisation (RFC
 * 8292: an ES256 JWT signed with the key in {@code k}, {@code aud} the endpoint's origin,
 * {@code exp} ahead of the application's clock and at most 24 h), the {@code TTL} header and
 * {@code Content-Encoding: aes128gcm}, and decrypts the body (RFC 8291) with the browser's private
 * key, which the test made ({@link #subscribe}). A message that fails a check is answered 400 and
 * recorded with why; otherwise 201, or the statuses scripted for the endpoint, in order.
 */
final class PushServiceStub implements AutoCloseable {

    /** One message the stub took: the plaintext it decrypted, or why it refused it. */
    record Received(String path, String plaintext, String ttl, String urgency, String topic, String problem) {}

    /** The browser's side of a subscription: endpoint and keys as {@code PushSubscription.toJSON()} gives them. */
    record BrowserSubscription(String endpoint, String p256dh, String auth, KeyPair keys, byte[] authSecret) {}

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder D64 = Base64.getUrlDecoder();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "push-stub");
        t.setDaemon(true);
        return t;
    });
    private final Supplier<Instant> clock;
    private final Map<String, BrowserSubscription> browsers = new ConcurrentHashMap<>();
    private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    PushServiceStub(Supplier<Instant> clock) {
        this.clock = clock;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/push/", this::take);
        server.start();
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A new browser subscription on this stub: a fresh P-256 key pair and 16-byte auth secret. */
    BrowserSubscription subscribe() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            byte[] auth = new byte[16];
            new SecureRandom().nextBytes(auth);
            String path = "/push/" + B64.encodeToString(randomBytes(12));
            BrowserSubscription s = new BrowserSubscription(
                    origin() + path,
                    B64.encodeToString(uncompressed((ECPublicKey) keys.getPublic())),
                    B64.encodeToString(auth),
                    keys,
                    auth);
            browsers.put(path, s);
            return s;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The next messages to this endpoint are answered with these statuses, then 201 again. */
    void answer(BrowserSubscription s, Integer... statuses) {
        scripted.put(pathOf(s.endpoint()), new ArrayDeque<>(List.of(statuses)));
    }

    List<Received> receivedBy(BrowserSubscription s) {
        String path = pathOf(s.endpoint());
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void take(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        byte[] body = exchange.getRequestBody().readAllBytes();
        var headers = exchange.getRequestHeaders();
        String plaintext = null;
        String problem;
        try {
            problem = check(
                    path,
                    headers.getFirst("Authorization"),
                    headers.getFirst("TTL"),
                    headers.getFirst("Content-Encoding"));
            if (problem == null) {
                plaintext = decrypt(browsers.get(path), body);
            }
        } catch (RuntimeException | GeneralSecurityException e) {
            problem = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        received.add(new Received(
                path,
                plaintext,
                headers.getFirst("TTL"),
                headers.getFirst("Urgency"),
                headers.getFirst("Topic"),
                problem));
        int status;
        if (problem != null) {
            status = 400;
        } else {
            Deque<Integer> script = scripted.get(path);
            Integer next = script == null ? null : script.pollFirst();
            status = next == null ? 201 : next;
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** Why the request breaks RFC 8030/8292, or null. */
    private String check(String path, String authorization, String ttl, String encoding)
            throws GeneralSecurityException {
        if (!browsers.containsKey(path)) {
            return "no such subscription";
        }
        if (ttl == null || !ttl.matches("[0-9]+")) {
            return "TTL header missing or not a number: " + ttl;
        }
        if (!"aes128gcm".equals(encoding)) {
            return "Content-Encoding is not aes128gcm: " + encoding;
        }
        if (authorization == null || !authorization.startsWith("vapid ")) {
            return "no VAPID authorisation: " + authorization;
        }
        String token = null;
        String key = null;
        for (String part : authorization.substring(6).split(",")) {
            String p = part.strip();
            if (p.startsWith("t=")) {
                token = p.substring(2);
            } else if (p.startsWith("k=")) {
                key = p.substring(2);
            }
        }
        if (token == null || key == null) {
            return "VAPID t= or k= missing";
        }
        String[] jwt = token.split("\\.");
        if (jwt.length != 3) {
            return "not a JWT";
        }
        JsonNode header = JSON.readTree(D64.decode(jwt[0]));
        if (!"ES256".equals(header.path("alg").asString(""))) {
            return "JWT alg is not ES256";
        }
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(publicKey(D64.decode(key)));
        es256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        if (!es256.verify(D64.decode(jwt[2]))) {
            return "JWT signature does not verify with k";
        }
        JsonNode claims = JSON.readTree(D64.decode(jwt[1]));
        if (!origin().equals(claims.path("aud").asString(""))) {
            return "aud is not the endpoint's origin: " + claims.path("aud");
        }
        long exp = claims.path("exp").asLong(0);
        long now = clock.get().getEpochSecond();
        if (exp <= now || exp > now + 24 * 3600) {
            return "exp not within the next 24 hours of the application's clock: " + exp + " vs " + now;
        }
        if (claims.path("sub").asString("").isBlank()) {
            return "no sub";
        }
        return null;
    }

    /** RFC 8291 §3.4 and RFC 8188: the browser's side of the decryption. */
    static String decrypt(BrowserSubscription s, byte[] body) throws GeneralSecurityException {
        ByteBuffer in = ByteBuffer.wrap(body);
        byte[] salt = new byte[16];
        in.get(salt);
        int recordSize = in.getInt();
        int idLength = in.get() & 0xff;
        byte[] asPublic = new byte[idLength];
        in.get(asPublic);
        byte[] ciphertext = new byte[in.remaining()];
        in.get(ciphertext);
        if (idLength != 65 || ciphertext.length > recordSize) {
            throw new GeneralSecurityException("not one aes128gcm record with a 65-byte key id");
        }
        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(s.keys().getPrivate());
        ecdh.doPhase(publicKey(asPublic), true);
        byte[] ecdhSecret = ecdh.generateSecret();
        byte[] uaPublic = uncompressed((ECPublicKey) s.keys().getPublic());
        byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), uaPublic, asPublic);
        byte[] ikm = hkdf(s.authSecret(), ecdhSecret, keyInfo, 32);
        byte[] cek = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
        byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = aes.doFinal(ciphertext);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        if (end < 0 || padded[end] != 2) {
            throw new GeneralSecurityException("no last-record delimiter (0x02)");
        }
        return new String(padded, 0, end, StandardCharsets.UTF_8);
    }

    /** HKDF-SHA-256 (RFC 5869), one block of output, cut to {@code length}. */
    private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        mac.update(info);
        mac.update((byte) 1);
        return Arrays.copyOf(mac.doFinal(), length);
    }

    static ECPublicKey publicKey(byte[] uncompressed) throws GeneralSecurityException {
        if (uncompressed.length != 65 || uncompressed[0] != 4) {
            throw new GeneralSecurityException("not an uncompressed P-256 point");
        }
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec spec = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint point = new ECPoint(
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
    }

    static byte[] uncompressed(ECPublicKey key) {
        byte[] out = new byte[65];
        out[0] = 4;
        copy32(key.getW().getAffineX(), out, 1);
        copy32(key.getW().getAffineY(), out, 33);
        return out;
    }

    private static void copy32(BigInteger value, byte[] out, int at) {
        byte[] raw = value.toByteArray();
        int from = Math.max(0, raw.length - 32);
        int length = raw.length - from;
        System.arraycopy(raw, from, out, at + 32 - length, length);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private static String pathOf(String endpoint) {
        return java.net.URI.create(endpoint).getPath();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
