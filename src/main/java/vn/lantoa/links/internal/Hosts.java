package vn.lantoa.links.internal;

import java.net.IDN;
import java.util.Locale;
import vn.lantoa.links.MalformedLinkException;

/**
 * The host of a link in the one form it is compared in: percent-decoded, without the trailing dot,
 * international names in punycode (java.net.IDN), lower case; invalid names refused and
 * look-alike scripts flagged on the {@link ParsedUrl}.
 */
final class Hosts {

    private Hosts() {}

    static String normalize(String raw, ParsedUrl url) {
        String host = raw.indexOf('%') >= 0 ? PercentEncoding.decode(raw) : raw;
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw MalformedLinkException.badHost();
        }
        if (host.startsWith("[")) {
            if (!host.endsWith("]") || !host.substring(1, host.length() - 1).matches("[0-9A-Fa-f:.]+")) {
                throw MalformedLinkException.badHost();
            }
            return host.toLowerCase(Locale.ROOT);
        }
        boolean ascii = host.chars().allMatch(c -> c < 0x80);
        if (!ascii) {
            try {
                host = IDN.toASCII(host);
            } catch (IllegalArgumentException e) {
                throw MalformedLinkException.badHost();
            }
        }
        host = host.toLowerCase(Locale.ROOT);
        checkAsciiHost(host);
        if (host.contains("xn--")) {
            String unicode = IDN.toUnicode(host);
            for (String label : host.split("\\.")) {
                if (label.startsWith("xn--") && IDN.toUnicode(label).equals(label)) {
                    throw MalformedLinkException.badHost(); // not valid punycode
                }
            }
            for (String label : unicode.split("\\.")) {
                url.lookalike |= Homoglyphs.suspicious(label);
            }
            url.skeletonHost = Homoglyphs.skeleton(unicode);
        }
        return host;
    }

    private static void checkAsciiHost(String host) {
        if (host.length() > 253) {
            throw MalformedLinkException.badHost();
        }
        int labelLength = 0;
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (c == '.') {
                if (labelLength == 0) {
                    throw MalformedLinkException.badHost();
                }
                labelLength = 0;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                if (++labelLength > 63) {
                    throw MalformedLinkException.badHost();
                }
            } else {
                throw MalformedLinkException.badHost();
            }
        }
    }
}
