package vn.lantoa.portal.internal.cache;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A rendered page, the same bytes for every anonymous reader (ADR 0017), kept as it is and
 * compressed once when stored: gzip at the best level and, where the Brotli encoder's native
 * library loads, Brotli at its best quality. A hit writes one of the three arrays as it is.
 */
final class CachedPage {

    enum Encoding {
        IDENTITY(null),
        GZIP("gzip"),
        BROTLI("br");

        /** The {@code Content-Encoding} value; {@code null} for none. */
        final String header;

        Encoding(String header) {
            this.header = header;
        }
    }

    private static final Logger log = LoggerFactory.getLogger(CachedPage.class);
    private static final boolean BROTLI = brotliLoads();

    final String contentType;
    final Instant lastModified;
    final String etag;
    final byte[] plain;
    final byte[] gzip;
    /** {@code null} where no Brotli encoder loads. */
    final byte[] brotli;

    /**
     * The headers the whole filter chain gave this page (security headers and the like) for a
     * plain and for a secure request, once a request without a session has seen them; until then
     * a hit goes through the chain.
     */
    private volatile StoredHeaders plainHeaders;

    private volatile StoredHeaders secureHeaders;

    private CachedPage(String contentType, Instant lastModified, byte[] plain, String etag) {
        this.contentType = contentType;
        this.lastModified = lastModified;
        this.plain = plain;
        this.etag = etag;
        this.gzip = gzip(plain);
        this.brotli = BROTLI ? brotli(plain) : null;
    }

    static CachedPage of(byte[] body, String contentType, Instant renderedAt, String keyTag) {
        return new CachedPage(contentType, renderedAt, body, etag(keyTag, body));
    }

    static CachedPage of(String body, String contentType, Instant renderedAt, String keyTag) {
        return of(body.getBytes(StandardCharsets.UTF_8), contentType, renderedAt, keyTag);
    }

    /**
     * The best encoding the reader accepts ({@code Accept-Encoding}, RFC 9110 12.5.3): Brotli, then
     * gzip, then none; a coding with {@code q=0} is refused, {@code *} stands for any coding not named.
     */
    Encoding encodingFor(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isBlank()) {
            return Encoding.IDENTITY;
        }
        Boolean br = null;
        Boolean gz = null;
        Boolean any = null;
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.split(";");
            String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
            boolean accepted = true;
            for (int i = 1; i < pieces.length; i++) {
                String p = pieces[i].strip().toLowerCase(Locale.ROOT);
                if (p.startsWith("q=")) {
                    accepted = !p.substring(2).strip().matches("0(\\.0{0,3})?");
                }
            }
            switch (coding) {
                case "br" -> br = accepted;
                case "gzip", "x-gzip" -> gz = accepted;
                case "*" -> any = accepted;
                default -> {}
            }
        }
        if (brotli != null && (br != null ? br : Boolean.TRUE.equals(any))) {
            return Encoding.BROTLI;
        }
        if (gz != null ? gz : Boolean.TRUE.equals(any)) {
            return Encoding.GZIP;
        }
        return Encoding.IDENTITY;
    }

    byte[] body(Encoding encoding) {
        return switch (encoding) {
            case IDENTITY -> plain;
            case GZIP -> gzip;
            case BROTLI -> brotli;
        };
    }

    StoredHeaders headers(boolean secure) {
        return secure ? secureHeaders : plainHeaders;
    }

    void headers(boolean secure, StoredHeaders headers) {
        if (secure) {
            secureHeaders = headers;
        } else {
            plainHeaders = headers;
        }
    }

    /** Bytes this page takes in memory, for the cache's bound. */
    int size() {
        return plain.length + gzip.length + (brotli == null ? 0 : brotli.length) + 256;
    }

    static byte[] gzip(byte[] input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 3 + 32);
        try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(input);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    static byte[] brotli(byte[] input) {
        try {
            return Encoder.compress(
                    input, new Encoder.Parameters().setQuality(11).setMode(Encoder.Mode.TEXT));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether pages get a Brotli variant on this platform. */
    static boolean brotliAvailable() {
        return BROTLI;
    }

    private static boolean brotliLoads() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (LinkageError | RuntimeException e) {
            // no native library for this platform: gzip alone
            log.info(
                    "No Brotli encoder on this platform ({}): cached pages are precompressed with gzip only",
                    e.toString());
            return false;
        }
    }

    private static String etag(String keyTag, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(keyTag.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return "W/\"" + HexFormat.of().formatHex(digest.digest(), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
