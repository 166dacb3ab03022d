package vn.lantoa.visits.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What counts as a page view: a GET of a public HTML page answered with 2xx, by something that is
 * neither a known bot (the list in {@code visits/bot-user-agents.txt}) nor a prefetch.
 */
public final class PageViewRules {

    static final String BOT_LIST = "visits/bot-user-agents.txt";
    private static final List<String> EXCLUDED_PREFIXES = List.of(
            "/quan-tri",
            "/thanh-vien",
            "/api/",
            "/v3/api-docs",
            "/swagger-ui",
            "/actuator",
            "/webjars/",
            "/css/",
            "/js/",
            "/media/",
            "/images/",
            "/img/",
            "/fonts/",
            "/error",
            "/dang-nhap",
            "/dang-xuat");
    private static final List<String> EXCLUDED_FILES =
            List.of("/favicon.ico", "/robots.txt", "/sitemap.xml", "/manifest.webmanifest", "/site.webmanifest");

    /** Verdicts per user agent: readers send the same few hundred strings over and over. */
    private static final int MAX_REMEMBERED = 20_000;

    private final List<String> botFragments;
    private final ConcurrentHashMap<String, Boolean> verdicts = new ConcurrentHashMap<>();

    PageViewRules(List<String> botFragments) {
        this.botFragments =
                botFragments.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
    }

    /** The rules with the bot list shipped as data. */
    public static PageViewRules standard() {
        try (InputStream in = PageViewRules.class.getClassLoader().getResourceAsStream(BOT_LIST)) {
            if (in == null) {
                throw new IllegalStateException("missing " + BOT_LIST);
            }
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
            return new PageViewRules(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decided before the page is made: method, path, prefetch and user agent. */
    public boolean mayCount(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && isPublicPage(pathOf(request))
                && !isPrefetch(request)
                && !isBot(request.getHeader("User-Agent"));
    }

    /**
     * A view the page's script reports ({@code lantoa.visits.counted-by=script}): the path it names
     * must be a public page's path (no query, at most 300 characters), and the request pass the
     * same prefetch and robot rules as a page's own.
     */
    public boolean mayCountView(HttpServletRequest request, String path) {
        return path != null
                && path.length() <= 300
                && path.startsWith("/")
                && !path.startsWith("//")
                && path.indexOf('?') < 0
                && path.chars().noneMatch(c -> c < 0x21 || c == 0x7f)
                && isPublicPage(path)
                && !isPrefetch(request)
                && !isBot(request.getHeader("User-Agent"));
    }

    /** Decided after: only a successful HTML answer is a page view. */
    public boolean counts(HttpServletResponse response) {
        int status = response.getStatus();
        String type = response.getContentType();
        return status >= 200 && status < 300 && type != null && type.regionMatches(true, 0, "text/html", 0, 9);
    }

    static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    static boolean isPublicPage(String path) {
        if (path == null || path.isEmpty() || EXCLUDED_FILES.contains(path)) {
            return false;
        }
        for (String prefix : EXCLUDED_PREFIXES) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        return true;
    }

    static boolean isPrefetch(HttpServletRequest request) {
        return contains(request.getHeader("Sec-Purpose"), "prefetch")
                || contains(request.getHeader("Purpose"), "prefetch")
                || contains(request.getHeader("X-Purpose"), "preview")
                || contains(request.getHeader("X-Moz"), "prefetch");
    }

    boolean isBot(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return true;
        }
        Boolean known = verdicts.get(userAgent);
        if (known != null) {
            return known;
        }
        boolean bot = matchesBotList(userAgent);
        if (verdicts.size() >= MAX_REMEMBERED) {
            verdicts.clear();
        }
        verdicts.put(userAgent, bot);
        return bot;
    }

    private boolean matchesBotList(String userAgent) {
        String ua = userAgent.toLowerCase(Locale.ROOT);
        for (String fragment : botFragments) {
            if (ua.contains(fragment)) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(String header, String word) {
        return header != null && header.toLowerCase(Locale.ROOT).contains(word);
    }
}
