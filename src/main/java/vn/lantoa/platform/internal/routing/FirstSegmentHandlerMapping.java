package vn.lantoa.platform.internal.routing;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring's request mapping, with a cheap test before each pattern is tried.
 *
 * <p>A path with a variable ({@code /bai-viet/{slug}}) has no direct match, so Spring tries the
 * conditions of every one of the application's ~170 mappings in turn: a seventh of the CPU of an
 * article render (BENCHMARKS.md, "Render"). Most patterns begin with a literal segment
 * ({@code /bai-viet/}, {@code /quan-tri/}); a mapping none of whose patterns begins with the
 * request's first segment cannot match, and is passed over without evaluating its conditions. A
 * pattern that begins with a variable or a wildcard, and a request path with percent-escapes or
 * matrix parameters (which Spring decodes before matching), are always given to Spring.
 */
class FirstSegmentHandlerMapping extends RequestMappingHandlerMapping {

    /** No constraint: the mapping has a pattern whose first segment is not a plain literal. */
    private static final Set<String> ANY = Set.of();

    /** A request's first segment that no mapping begins with: only mappings without a constraint may match. */
    private static final String NO_MAPPING = new String("no mapping begins with it");

    /**
     * The first segment of the path being looked up, as the one instance kept in {@link
     * Segments#canonical} (so mappings compare it by identity), or null when every mapping must be tried.
     */
    private static final ThreadLocal<String> FIRST_SEGMENT = new ThreadLocal<>();

    /**
     * The first segments of each registered mapping, by identity of the mapping ({@code
     * RequestMappingInfo} computes its hash on every call) and as canonical instances, so the ~170
     * tests of a lookup are identity comparisons, not string comparisons. Replaced whole on
     * registration, which happens at start.
     */
    private record Segments(Map<RequestMappingInfo, String[]> byMapping, Map<String, String> canonical) {}

    private volatile Segments segments = new Segments(new IdentityHashMap<>(), Map.of());

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        synchronized (this) {
            Map<String, String> canonical = new HashMap<>(segments.canonical());
            String[] firsts = of(mapping).stream()
                    .map(s -> canonical.computeIfAbsent(s, k -> k))
                    .toArray(String[]::new);
            Map<RequestMappingInfo, String[]> byMapping = new IdentityHashMap<>(segments.byMapping());
            byMapping.put(mapping, firsts);
            segments = new Segments(byMapping, Map.copyOf(canonical));
        }
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        String first = firstSegment(lookupPath);
        FIRST_SEGMENT.set(first == null ? null : segments.canonical().getOrDefault(first, NO_MAPPING));
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            FIRST_SEGMENT.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String first = FIRST_SEGMENT.get();
        if (first != null) {
            String[] firsts = segments.byMapping().get(info);
            if (firsts != null && firsts.length > 0 && !among(first, firsts)) {
                return null;
            }
        }
        return super.getMatchingMapping(info, request);
    }

    private static boolean among(String canonical, String[] firsts) {
        for (String s : firsts) {
            if (s == canonical) {
                return true;
            }
        }
        return false;
    }

    /** Whether a request to {@code path} may match a mapping whose patterns begin with these segments. */
    static boolean mayMatch(Set<String> segments, String path) {
        String first = firstSegment(path);
        return first == null || segments.isEmpty() || segments.contains(first);
    }

    /**
     * The request path's first segment, or null when it is not compared as such: no leading slash,
     * or percent-escapes and matrix parameters, which Spring decodes or strips before matching.
     */
    static String firstSegment(String path) {
        if (path.isEmpty() || path.charAt(0) != '/') {
            return null;
        }
        int end = path.indexOf('/', 1);
        String first = end < 0 ? path.substring(1) : path.substring(1, end);
        return first.indexOf('%') >= 0 || first.indexOf(';') >= 0 ? null : first;
    }

    /** The literal first segments of the mapping's patterns, or {@link #ANY}. */
    static Set<String> of(RequestMappingInfo info) {
        PathPatternsRequestCondition patterns = info.getPathPatternsCondition();
        if (patterns == null || patterns.getPatterns().isEmpty()) {
            return ANY;
        }
        Set<String> firsts = patterns.getPatterns().stream()
                .map(PathPattern::getPatternString)
                .map(FirstSegmentHandlerMapping::literalFirstSegment)
                .collect(Collectors.toSet());
        return firsts.contains(null) ? ANY : Set.copyOf(firsts);
    }

    /** {@code /bai-viet/{slug}} gives {@code bai-viet}, {@code /} gives "", {@code /{x}} gives null. */
    static String literalFirstSegment(String pattern) {
        if (!pattern.startsWith("/")) {
            return null;
        }
        int end = pattern.indexOf('/', 1);
        String first = end < 0 ? pattern.substring(1) : pattern.substring(1, end);
        for (char c : new char[] {'{', '}', '*', '?', '%', ';', '\\'}) {
            if (first.indexOf(c) >= 0) {
                return null;
            }
        }
        return first;
    }
}
