package vn.lantoa.links.internal;

import java.util.ArrayList;
import java.util.List;

/** A link taken apart, each part already normalised; the canonicaliser then reshapes it. */
final class ParsedUrl {

    /** One query parameter: its lower-case name for rule look-ups and its normalised text. */
    record Param(String key, String name, String value) {

        String text() {
            return value == null ? name : name + "=" + value;
        }
    }

    String scheme;
    String host;
    int port = -1;
    String path;
    List<Param> params = new ArrayList<>();
    boolean lookalike;
    String skeletonHost;

    String param(String key) {
        for (Param p : params) {
            if (p.key().equals(key)) {
                return p.value();
            }
        }
        return null;
    }

    /** Keeps only the parameters whose lower-case names are listed. */
    void keepOnly(java.util.Set<String> keys) {
        params.removeIf(p -> !keys.contains(p.key()));
    }

    /** Replaces the path and the parameters, e.g. {@code youtu.be/ID} becomes {@code /watch?v=ID}. */
    void reshape(String newPath, String key, String value) {
        path = newPath;
        params.clear();
        if (key != null) {
            params.add(new Param(key, key, value));
        }
    }

    String build() {
        StringBuilder out = new StringBuilder(64);
        out.append(scheme).append("://").append(host);
        if (port >= 0) {
            out.append(':').append(port);
        }
        out.append(path);
        if (!params.isEmpty()) {
            params.sort((a, b) -> {
                int byName = a.name().compareTo(b.name());
                return byName != 0 ? byName : a.text().compareTo(b.text());
            });
            char sep = '?';
            String previous = null;
            for (Param p : params) {
                String text = p.text();
                if (!text.equals(previous)) {
                    out.append(sep).append(text);
                    sep = '&';
                }
                previous = text;
            }
        }
        return out.toString();
    }
}
