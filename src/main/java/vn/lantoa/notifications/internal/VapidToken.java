package vn.lantoa.notifications.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The VAPID JWT (RFC 8292): ES256 over {@code aud} (the endpoint's origin), {@code exp} and
 * {@code sub}. Made here rather than by the library because the library reads the system clock,
 * and expiry must follow the application's injected clock like every other time.
 */
final class VapidToken {

    /** RFC 8292 allows at most 24 hours; 12 leaves room for clocks that disagree. */
    static final Duration LIFETIME = Duration.ofHours(12);

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private VapidToken() {}

    static String audience(URI endpoint) {
        return endpoint.getScheme() + "://" + endpoint.getRawAuthority();
    }

    static String sign(URI endpoint, String subject, ECPrivateKey key, Instant now) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("aud", audience(endpoint));
        claims.put("exp", now.plus(LIFETIME).getEpochSecond());
        claims.put("sub", subject);
        String signed = B64.encodeToString("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(JSON.writeValueAsBytes(claims));
        try {
            // IEEE P1363 format is the JOSE form of an ECDSA signature: r and s, 32 bytes each
            Signature ecdsa = Signature.getInstance("SHA256withECDSAinP1363Format");
            ecdsa.initSign(key);
            ecdsa.update(signed.getBytes(StandardCharsets.US_ASCII));
            return signed + "." + B64.encodeToString(ecdsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("ES256 signing failed", e);
        }
    }
}
