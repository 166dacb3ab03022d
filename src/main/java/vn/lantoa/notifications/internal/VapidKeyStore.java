package vn.lantoa.notifications.internal;

import com.interaso.webpush.VapidKeys;
import java.math.BigInteger;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The application server's VAPID key pair: the configured one, or else the one in
 * {@code ntf_vapid_key}, made by the first node that needs it ({@code ON CONFLICT DO NOTHING}, so
 * two nodes starting together still end with one pair). Browsers subscribe with the public key; a
 * new pair would make every subscription useless, so it is made once and kept.
 */
@Component
class VapidKeyStore {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final JdbcClient jdbc;
    private final NotificationProperties.Push settings;
    private final Clock clock;
    private volatile VapidKeys keys;

    VapidKeyStore(JdbcClient jdbc, NotificationProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.settings = properties.push();
        this.clock = clock;
    }

    VapidKeys keys() {
        VapidKeys known = keys;
        if (known == null) {
            known = load();
            keys = known;
        }
        return known;
    }

    /** The public key as browsers take it ({@code applicationServerKey}): base64url, 65 bytes. */
    String publicKey() {
        return B64.encodeToString(keys().getApplicationServerKey());
    }

    private VapidKeys load() {
        String configuredPublic = blankToNull(settings.publicKey());
        String configuredPrivate = blankToNull(settings.privateKey());
        if (configuredPublic != null || configuredPrivate != null) {
            if (configuredPublic == null || configuredPrivate == null) {
                throw new IllegalStateException(
                        "lantoa.notifications.push.public-key and private-key are set together, or neither");
            }
            return VapidKeys.fromUncompressedBytes(configuredPublic, configuredPrivate);
        }
        VapidKeys made = VapidKeys.generate();
        jdbc.sql("""
                INSERT INTO ntf_vapid_key (id, public_key, private_key, created_at) VALUES (1, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING""")
                .params(
                        B64.encodeToString(made.getApplicationServerKey()),
                        B64.encodeToString(scalar(made.getPrivateKey().getS())),
                        OffsetDateTime.now(clock))
                .update();
        return jdbc.sql("SELECT public_key, private_key FROM ntf_vapid_key WHERE id = 1")
                .query((rs, n) -> VapidKeys.fromUncompressedBytes(rs.getString(1), rs.getString(2)))
                .single();
    }

    /** The private scalar as exactly 32 bytes (BigInteger may add a sign byte or drop leading zeros). */
    static byte[] scalar(BigInteger s) {
        byte[] raw = s.toByteArray();
        if (raw.length == 32) {
            return raw;
        }
        byte[] fixed = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, fixed, 32 - copy, copy);
        return raw.length > 32 ? Arrays.copyOfRange(raw, raw.length - 32, raw.length) : fixed;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
