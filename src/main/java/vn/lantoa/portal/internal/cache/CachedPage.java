package vn.lantoa.portal.internal.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A rendered page split into fixed parts and per-request slots (the CSRF token, the visitor
 * counter). Each fixed part is deflated once when stored; a gzip response is then assembled from
 * those blocks and the freshly deflated slots (deflate streams flushed with SYNC_FLUSH may be
 * concatenated), with the CRC computed over the whole text.
 */
final class CachedPage {

    enum Slot {
        CSRF,
        VISITS
    }

    static final String CSRF_START = "<meta name=\"_csrf\" content=\"";
    static final String VISITS_START = "<!--lt:visits-->";
    static final String VISITS_END = "<!--/lt:visits-->";
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    private static final byte[] FINAL_EMPTY_BLOCK = {0x03, 0x00};
    private static final int MAX_STORED = 65_535;

    final String contentType;
    final Instant lastModified;
    final String etag;
    /** fixed.size() == slots.size() + 1; slot i sits between fixed i and fixed i+1. */
    final List<byte[]> fixed;

    final List<byte[]> fixedDeflated;
    final List<Slot> slots;
    /** The slots' contents when the page was rendered (used when nothing newer is at hand). */
    final List<String> slotDefaults;

    /**
     * The headers the whole filter chain gave this page (security headers and the like) for a
     * plain and for a secure request, once a request without a session has seen them; until then
     * a hit goes through the chain.
     */
    private volatile StoredHeaders plainHeaders;

    private volatile StoredHeaders secureHeaders;

    private CachedPage(
            String contentType,
            Instant lastModified,
            List<byte[]> fixed,
            List<Slot> slots,
            List<String> slotDefaults,
            String etag) {
        this.contentType = contentType;
        this.lastModified = lastModified;
        this.fixed = fixed;
        this.slots = slots;
        this.slotDefaults = slotDefaults;
        this.etag = etag;
        this.fixedDeflated = fixed.stream().map(CachedPage::deflate).toList();
    }

    static CachedPage of(String body, String contentType, Instant renderedAt, String keyTag) {
        List<byte[]> fixed = new ArrayList<>();
        List<Slot> slots = new ArrayList<>();
        List<String> defaults = new ArrayList<>();
        int pos = 0;
        int csrf = body.indexOf(CSRF_START);
        if (csrf >= 0) {
            int start = csrf + CSRF_START.length();
            int end = body.indexOf('"', start);
            if (end > 0) {
                fixed.add(bytes(body.substring(pos, start)));
                slots.add(Slot.CSRF);
                defaults.add("");
                pos = end;
            }
        }
        int visits = body.indexOf(VISITS_START, pos);
        int visitsEnd = visits < 0 ? -1 : body.indexOf(VISITS_END, visits);
        if (visits >= 0 && visitsEnd > 0) {
            int end = visitsEnd + VISITS_END.length();
            fixed.add(bytes(body.substring(pos, visits)));
            slots.add(Slot.VISITS);
            defaults.add(body.substring(visits, end));
            pos = end;
        }
        fixed.add(bytes(body.substring(pos)));
        return new CachedPage(contentType, renderedAt, fixed, slots, defaults, etag(keyTag, fixed));
    }

    /** The page with the slots filled in. */
    byte[] plain(List<String> slotValues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size());
        try {
            writePlain(out, encode(slotValues));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    /** The page with the slots filled in, as one gzip member. */
    byte[] gzip(List<String> slotValues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size() / 3 + 64);
        try {
            writeGzip(out, encode(slotValues));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    static byte[][] encode(List<String> slotValues) {
        byte[][] slots = new byte[slotValues.size()][];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = bytes(slotValues.get(i));
        }
        return slots;
    }

    int plainLength(byte[][] slotBytes) {
        int n = 0;
        for (int i = 0; i < fixed.size(); i++) {
            n += fixed.get(i).length + (i < slotBytes.length ? slotBytes[i].length : 0);
        }
        return n;
    }

    /** Straight into the response: no copy of the whole page per request. */
    void writePlain(OutputStream out, byte[][] slotBytes) throws IOException {
        for (int i = 0; i < fixed.size(); i++) {
            out.write(fixed.get(i));
            if (i < slotBytes.length) {
                out.write(slotBytes[i]);
            }
        }
    }

    int gzipLength(byte[][] slotBytes) {
        int n = GZIP_HEADER.length + FINAL_EMPTY_BLOCK.length + 8;
        for (int i = 0; i < fixed.size(); i++) {
            n += fixedDeflated.get(i).length;
            if (i < slotBytes.length) {
                n += storedLength(slotBytes[i].length);
            }
        }
        return n;
    }

    /**
     * The page as one gzip member: the fixed parts as deflated when stored, the slots (a token, a
     * few figures: tens to hundreds of bytes) as stored deflate blocks, so no request pays for a
     * {@link Deflater}.
     */
    void writeGzip(OutputStream out, byte[][] slotBytes) throws IOException {
        CRC32 crc = new CRC32();
        long length = 0;
        out.write(GZIP_HEADER);
        for (int i = 0; i < fixed.size(); i++) {
            out.write(fixedDeflated.get(i));
            crc.update(fixed.get(i));
            length += fixed.get(i).length;
            if (i < slotBytes.length) {
                writeStored(out, slotBytes[i]);
                crc.update(slotBytes[i]);
                length += slotBytes[i].length;
            }
        }
        out.write(FINAL_EMPTY_BLOCK);
        byte[] trailer = new byte[8];
        intLe(trailer, 0, (int) crc.getValue());
        intLe(trailer, 4, (int) length);
        out.write(trailer);
    }

    private static int storedLength(int n) {
        return n + 5 * Math.max(1, (n + MAX_STORED - 1) / MAX_STORED);
    }

    /**
     * Non-final stored blocks (RFC 1951 3.2.4): the previous block ended on a byte boundary (a
     * sync flush does), so each block is one header byte 0 (BFINAL 0, BTYPE 00, padding), LEN and
     * NLEN, then the bytes as they are.
     */
    static void writeStored(OutputStream out, byte[] data) throws IOException {
        int pos = 0;
        do {
            int len = Math.min(MAX_STORED, data.length - pos);
            out.write(new byte[] {0, (byte) len, (byte) (len >>> 8), (byte) ~len, (byte) (~len >>> 8)});
            out.write(data, pos, len);
            pos += len;
        } while (pos < data.length);
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

    int size() {
        int n = 0;
        for (byte[] b : fixed) {
            n += b.length;
        }
        return n + 256;
    }

    /** Raw deflate blocks ending on a byte boundary and without the final-block bit. */
    static byte[] deflate(byte[] input) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(input);
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 3 + 16);
            byte[] buffer = new byte[8192];
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length || !deflater.needsInput());
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static String etag(String keyTag, List<byte[]> fixed) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes(keyTag));
            fixed.forEach(digest::update);
            return "W/\"" + HexFormat.of().formatHex(digest.digest(), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void intLe(byte[] out, int at, int v) {
        out[at] = (byte) v;
        out[at + 1] = (byte) (v >>> 8);
        out[at + 2] = (byte) (v >>> 16);
        out[at + 3] = (byte) (v >>> 24);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
