package vn.lantoa.links.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding normalisation of RFC 3986 section 6.2.2: unreserved characters decoded, every
 * other escape in upper-case hex, characters that may not appear raw (spaces, Vietnamese letters
 * as UTF-8, …) escaped.
 */
final class PercentEncoding {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final boolean[] UNRESERVED = new boolean[128];
    private static final boolean[] PATH_RAW = new boolean[128];
    private static final boolean[] QUERY_RAW = new boolean[128];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            UNRESERVED[c] = true;
            UNRESERVED[Character.toUpperCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c : "-._~".toCharArray()) {
            UNRESERVED[c] = true;
        }
        for (int c = 0; c < 128; c++) {
            PATH_RAW[c] = UNRESERVED[c];
            QUERY_RAW[c] = UNRESERVED[c];
        }
        for (char c : "!$&'()*+,;=:@/".toCharArray()) {
            PATH_RAW[c] = true;
        }
        for (char c : "!$'()*+,;=:@/?".toCharArray()) {
            QUERY_RAW[c] = true;
        }
    }

    private PercentEncoding() {}

    static void normalizePath(String s, int from, int to, StringBuilder out) {
        normalize(s, from, to, out, PATH_RAW);
    }

    static void normalizeQuery(String s, int from, int to, StringBuilder out) {
        normalize(s, from, to, out, QUERY_RAW);
    }

    private static void normalize(String s, int from, int to, StringBuilder out, boolean[] raw) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 2 < to ? hex(s.charAt(i + 1)) : -1;
                int lo = hi >= 0 ? hex(s.charAt(i + 2)) : -1;
                if (lo < 0) {
                    out.append("%25");
                    continue;
                }
                int v = hi * 16 + lo;
                if (v < 128 && UNRESERVED[v]) {
                    out.append((char) v);
                } else {
                    escape(v, out);
                }
                i += 2;
            } else if (c < 128) {
                if (raw[c]) {
                    out.append(c);
                } else {
                    escape(c, out);
                }
            } else {
                int cp = s.codePointAt(i);
                if (Character.isSupplementaryCodePoint(cp)) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    cp = 0xFFFD;
                }
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    escape(b & 0xFF, out);
                }
            }
        }
    }

    /** Decodes every escape as UTF-8 (for the target of a redirect wrapper). */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int hi = c == '%' && i + 2 < s.length() ? hex(s.charAt(i + 1)) : -1;
            int lo = hi >= 0 ? hex(s.charAt(i + 2)) : -1;
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                int cp = s.codePointAt(i);
                i += Character.charCount(cp) - 1;
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void escape(int v, StringBuilder out) {
        out.append('%').append(HEX[v >> 4]).append(HEX[v & 15]);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
