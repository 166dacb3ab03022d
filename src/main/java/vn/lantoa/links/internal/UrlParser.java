package vn.lantoa.links.internal;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import vn.lantoa.links.MalformedLinkException;

/**
 * Takes a pasted link apart the way a browser would (WHATWG URL rules for http and https: tabs and
 * line breaks inside are dropped, {@code \} counts as {@code /}, the host is what follows the last
 * {@code @} of the authority) and normalises each part.
 */
final class UrlParser {

    static final int MAX_LENGTH = 4096;

    private UrlParser() {}

    static ParsedUrl parse(String pasted) {
        String text = clean(pasted);
        ParsedUrl url = new ParsedUrl();
        int start = scheme(text, url);
        int end = text.length();
        int hash = text.indexOf('#', start);
        if (hash >= 0) {
            end = hash;
        }
        int authorityEnd = start;
        while (authorityEnd < end) {
            char c = text.charAt(authorityEnd);
            if (c == '/' || c == '\\' || c == '?') {
                break;
            }
            authorityEnd++;
        }
        authority(text, start, authorityEnd, url);
        int question = text.indexOf('?', authorityEnd);
        if (question < 0 || question > end) {
            question = end;
        }
        url.path = path(text, authorityEnd, question);
        if (question < end) {
            query(text, question + 1, end, url);
        }
        return url;
    }

    /** Trims spaces (also no-break and zero-width ones) and paired quotes around, drops tabs and line breaks inside. */
    private static String clean(String pasted) {
        if (pasted == null) {
            throw MalformedLinkException.empty();
        }
        int from = 0;
        int to = pasted.length();
        while (from < to && isTrimmable(pasted.charAt(from))) {
            from++;
        }
        while (to > from && isTrimmable(pasted.charAt(to - 1))) {
            to--;
        }
        while (to - from >= 2 && isQuotePair(pasted.charAt(from), pasted.charAt(to - 1))) {
            from++;
            to--;
            while (from < to && isTrimmable(pasted.charAt(from))) {
                from++;
            }
            while (to > from && isTrimmable(pasted.charAt(to - 1))) {
                to--;
            }
        }
        if (from == to) {
            throw MalformedLinkException.empty();
        }
        if (to - from > MAX_LENGTH) {
            throw MalformedLinkException.tooLong(MAX_LENGTH);
        }
        StringBuilder out = null;
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            char c = pasted.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                if (out == null) {
                    out = new StringBuilder(to - from).append(pasted, from, i);
                }
                continue;
            }
            if (c < 0x20 || c == 0x7F) {
                throw MalformedLinkException.badCharacters();
            }
            ascii &= c < 0x80;
            if (out != null) {
                out.append(c);
            }
        }
        String text = out != null ? out.toString() : pasted.substring(from, to);
        return ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    /** {@code "…"}, {@code '…'}, {@code <…>} around a link, as in mail and chat messages. */
    private static boolean isQuotePair(char first, char last) {
        return (first == '"' && last == '"') || (first == '\'' && last == '\'') || (first == '<' && last == '>');
    }

    /** Sets the scheme and returns where the authority starts. A missing scheme means https. */
    private static int scheme(String text, ParsedUrl url) {
        int colon = text.indexOf(':');
        boolean isScheme = colon > 0;
        for (int i = 0; isScheme && i < colon; i++) {
            char c = text.charAt(i);
            isScheme = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && (c == '+' || c == '-'));
        }
        if (isScheme && colon + 1 < text.length() && Character.isDigit(text.charAt(colon + 1))) {
            isScheme = false; // "localhost:8080/…" is a host and a port
        }
        int start;
        if (isScheme) {
            String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw MalformedLinkException.unsupportedScheme(scheme);
            }
            url.scheme = scheme;
            start = colon + 1;
        } else {
            url.scheme = "https";
            start = 0;
        }
        while (start < text.length() && (text.charAt(start) == '/' || text.charAt(start) == '\\')) {
            start++;
        }
        return start;
    }

    private static void authority(String text, int from, int to, ParsedUrl url) {
        int at = text.lastIndexOf('@', to - 1);
        if (at >= from) {
            from = at + 1; // user info is dropped: in nhandan.vn@evil.example the host is evil.example
        }
        String hostPort = text.substring(from, to);
        String host;
        int closeBracket = hostPort.startsWith("[") ? hostPort.indexOf(']') : -1;
        int portColon = hostPort.lastIndexOf(':');
        if (portColon >= 0 && portColon > closeBracket) {
            host = hostPort.substring(0, portColon);
            url.port = port(hostPort.substring(portColon + 1), url.scheme);
        } else {
            host = hostPort;
        }
        url.host = Hosts.normalize(host, url);
    }

    private static int port(String digits, String scheme) {
        if (digits.isEmpty()) {
            return -1;
        }
        if (digits.length() > 5 || !digits.chars().allMatch(Character::isDigit)) {
            throw MalformedLinkException.badPort();
        }
        int port = Integer.parseInt(digits);
        if (port > 65535) {
            throw MalformedLinkException.badPort();
        }
        boolean defaultPort = (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"));
        return defaultPort ? -1 : port;
    }

    private static String path(String text, int from, int to) {
        if (from >= to) {
            return "/";
        }
        StringBuilder out = new StringBuilder(to - from + 8);
        String source = text.indexOf('\\', from) >= 0 && text.indexOf('\\', from) < to
                ? text.substring(0, to).replace('\\', '/')
                : text;
        PercentEncoding.normalizePath(source, from, to, out);
        String path = out.toString();
        return path.contains("/.") ? removeDotSegments(path) : path;
    }

    /** RFC 3986 section 5.2.4. */
    static String removeDotSegments(String path) {
        String[] segments = path.split("/", -1);
        Deque<String> kept = new ArrayDeque<>();
        boolean trailingSlash = false;
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            trailingSlash = segment.equals(".") || segment.equals("..");
            if (segment.equals("..")) {
                kept.pollLast();
            } else if (!segment.equals(".")) {
                kept.addLast(segment);
            }
        }
        String joined = "/" + String.join("/", kept);
        return trailingSlash && !kept.isEmpty() ? joined + "/" : joined;
    }

    private static void query(String text, int from, int to, ParsedUrl url) {
        int i = from;
        while (i <= to) {
            int amp = text.indexOf('&', i);
            if (amp < 0 || amp > to) {
                amp = to;
            }
            if (amp > i) {
                int eq = text.indexOf('=', i);
                StringBuilder name = new StringBuilder();
                PercentEncoding.normalizeQuery(text, i, eq >= 0 && eq < amp ? eq : amp, name);
                String value = null;
                if (eq >= 0 && eq < amp) {
                    StringBuilder v = new StringBuilder();
                    PercentEncoding.normalizeQuery(text, eq + 1, amp, v);
                    value = v.toString();
                }
                if (!name.isEmpty()) {
                    String n = name.toString();
                    url.params.add(new ParsedUrl.Param(n.toLowerCase(Locale.ROOT), n, value));
                }
            }
            i = amp + 1;
        }
    }
}
