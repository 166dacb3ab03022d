package vn.lantoa.portal.internal.cache;

import java.io.ByteArrayOutputStream;
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

    final String contentType;
    final Instant lastModified;
    final String etag;
    /** fixed.size() == slots.size() + 1; slot i sits between fixed i and fixed i+1. */
    final List<byte[]> fixed;

    final List<byte[]> fixedDeflated;
    final List<Slot> slots;
    /** The slots' contents when the page was rendered (used when nothing newer is at hand). */
    final List<String> slotDefaults;

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
        for (int i = 0; i < fixed.size(); i++) {
            out.writeBytes(fixed.get(i));
            if (i < slots.size()) {
                out.writeBytes(bytes(slotValues.get(i)));
            }
        }
        return out.toByteArray();
    }

    /** The page with the slots filled in, as one gzip member. */
    byte[] gzip(List<String> slotValues) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size() / 3 + 64);
        CRC32 crc = new CRC32();
        long length = 0;
        out.writeBytes(GZIP_HEADER);
        for (int i = 0; i < fixed.size(); i++) {
            out.writeBytes(fixedDeflated.get(i));
            crc.update(fixed.get(i));
            length += fixed.get(i).length;
            if (i < slots.size()) {
                byte[] slot = bytes(slotValues.get(i));
                out.writeBytes(deflate(slot));
                crc.update(slot);
                length += slot.length;
            }
        }
        out.writeBytes(FINAL_EMPTY_BLOCK);
        writeIntLe(out, (int) crc.getValue());
        writeIntLe(out, (int) length);
        return out.toByteArray();
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

    private static void writeIntLe(ByteArrayOutputStream out, int v) {
        out.write(v & 0xff);
        out.write((v >>> 8) & 0xff);
        out.write((v >>> 16) & 0xff);
        out.write((v >>> 24) & 0xff);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
