package vn.lantoa.links.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.lantoa.links.Platform;

/**
 * The canonicaliser's rules as data, read once from {@code links/*.tsv} on the class path: tracking
 * parameters, platform hosts and redirect wrappers. Each row cites where it comes from.
 */
public final class LinkRules {

    /** A platform host row. */
    public record PlatformHost(
            Platform platform, Set<String> foldedPrefixes, String canonicalDomain, boolean shortLinks) {}

    /** A redirect wrapper row. */
    public record Wrapper(String host, String path, String parameter) {}

    private final Set<String> globalExact = new HashSet<>();
    private final List<String> globalPrefixes = new ArrayList<>();
    private final Map<Platform, Set<String>> platformExact = new HashMap<>();
    private final Map<Platform, List<String>> platformPrefixes = new HashMap<>();
    private final DomainTable<PlatformHost> hosts;
    private final Map<String, List<Wrapper>> wrappers = new HashMap<>();

    private LinkRules(List<String[]> tracking, List<String[]> platforms, List<String[]> wrapperRows) {
        for (String[] row : tracking) {
            String name = row[0].toLowerCase(Locale.ROOT);
            boolean prefix = name.endsWith("*");
            String key = prefix ? name.substring(0, name.length() - 1) : name;
            if ("*".equals(row[1])) {
                if (prefix) {
                    globalPrefixes.add(key);
                } else {
                    globalExact.add(key);
                }
            } else {
                Platform platform = Platform.valueOf(row[1]);
                if (prefix) {
                    platformPrefixes
                            .computeIfAbsent(platform, p -> new ArrayList<>())
                            .add(key);
                } else {
                    platformExact
                            .computeIfAbsent(platform, p -> new HashSet<>())
                            .add(key);
                }
            }
        }
        Map<String, PlatformHost> hostRows = new HashMap<>();
        for (String[] row : platforms) {
            Set<String> prefixes = "-".equals(row[2]) ? Set.of() : Set.of(row[2].split(","));
            String canonical = "-".equals(row[3]) ? row[0] : row[3];
            hostRows.put(
                    row[0], new PlatformHost(Platform.valueOf(row[1]), prefixes, canonical, "SHORT".equals(row[4])));
        }
        this.hosts = new DomainTable<>(hostRows);
        for (String[] row : wrapperRows) {
            wrappers.computeIfAbsent(row[0], h -> new ArrayList<>()).add(new Wrapper(row[0], row[1], row[2]));
        }
    }

    /** The rules shipped with LanToa. */
    public static LinkRules standard() {
        return new LinkRules(
                read("links/tracking-parameters.tsv", 3),
                read("links/platforms.tsv", 6),
                read("links/redirect-wrappers.tsv", 4));
    }

    /** Whether {@code name} (lower case) only tracks how a link travelled on this platform. */
    public boolean isTracking(String name, Platform platform) {
        if (globalExact.contains(name) || startsWithAny(name, globalPrefixes)) {
            return true;
        }
        Set<String> exact = platformExact.get(platform);
        if (exact != null && exact.contains(name)) {
            return true;
        }
        List<String> prefixes = platformPrefixes.get(platform);
        return prefixes != null && startsWithAny(name, prefixes);
    }

    public DomainTable.Hit<PlatformHost> platformHost(String host) {
        return hosts.find(host);
    }

    public List<Wrapper> wrappers(String host) {
        return wrappers.getOrDefault(host, List.of());
    }

    /** Every exact tracking parameter that applies to every host (for tests). */
    public Set<String> globalTrackingParameters() {
        return Set.copyOf(globalExact);
    }

    private static boolean startsWithAny(String name, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static List<String[]> read(String resource, int columns) {
        InputStream in = LinkRules.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing rule file " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] row = line.split("\t", -1);
                if (row.length != columns || row[columns - 1].isBlank()) {
                    throw new IllegalStateException(
                            resource + " line " + number + ": expected " + columns + " columns including a source");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
