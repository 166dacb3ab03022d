package vn.lantoa.links.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Values keyed by domain, looked up for a host label by label: {@code a.b.nhandan.vn} finds the
 * entry of {@code b.nhandan.vn}, else {@code nhandan.vn}, else {@code vn}; never a substring match, so
 * {@code fakenhandan.vn} and {@code nhandan.vn.example.com} do not find {@code nhandan.vn}.
 */
public final class DomainTable<T> {

    /** A hit: the domain of the entry and its value. */
    public record Hit<T>(String domain, T value) {}

    private final Map<String, T> entries;

    public DomainTable(Map<String, T> entries) {
        this.entries = Map.copyOf(new HashMap<>(entries));
    }

    /** The most specific entry the ASCII, lower-case host falls under, or {@code null}. */
    public Hit<T> find(String host) {
        int from = 0;
        while (true) {
            String candidate = from == 0 ? host : host.substring(from);
            T value = entries.get(candidate);
            if (value != null) {
                return new Hit<>(candidate, value);
            }
            int dot = host.indexOf('.', from);
            if (dot < 0 || dot == host.length() - 1) {
                return null;
            }
            from = dot + 1;
        }
    }

    public int size() {
        return entries.size();
    }
}
