package vn.lantoa.portal.internal.cache;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The headers a page's answer carried through the whole filter chain (Content-Security-Policy,
 * X-Frame-Options, Referrer-Policy, HSTS behind TLS, Content-Language, …), less those that belong
 * to one request or to one encoding of the body: a hit before the chain sends them again as they
 * were.
 */
record StoredHeaders(List<String> names, List<String> values) {

    /** Per request (id, cookies, date), per body (length, encoding, validators) or the cache's own. */
    private static final Set<String> NOT_STORED = Set.of(
            "set-cookie",
            "x-request-id",
            "date",
            "content-length",
            "content-encoding",
            "transfer-encoding",
            "connection",
            "keep-alive",
            "vary",
            "etag",
            "last-modified",
            "cache-control",
            "content-type",
            "content-language",
            PageCacheFilter.CACHE_HEADER.toLowerCase(Locale.ROOT));

    static StoredHeaders of(HttpServletResponse response) {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
            if (NOT_STORED.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (String value : response.getHeaders(name)) {
                names.add(name);
                values.add(value);
            }
        }
        return new StoredHeaders(List.copyOf(names), List.copyOf(values));
    }

    void writeTo(HttpServletResponse response) {
        for (int i = 0; i < names.size(); i++) {
            response.addHeader(names.get(i), values.get(i));
        }
    }
}
