package vn.lantoa.portal.internal.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.lantoa.newsroom.ArticleUrls;
import vn.lantoa.platform.Zone;
import vn.lantoa.platform.web.PlatformRoutes;
import vn.lantoa.platform.web.Ui;
import vn.lantoa.portal.web.PortalRoutes;

/**
 * Serves anonymous GETs of the public pages from {@link PageCache}. Runs after Spring Security
 * (so its headers are still written, and the CSRF token of the request exists) and after the
 * visit counter (which therefore sees cache hits too). Signed-in users, other paths, non-200
 * answers and requests that switch the language go through untouched.
 */
public class PageCacheFilter extends OncePerRequestFilter {

    public static final int ORDER = 10;
    public static final String CACHE_HEADER = "X-Page-Cache";
    /** A controller sets this request attribute to keep its answer out of the cache. */
    public static final String SKIP = PageCacheFilter.class.getName() + ".skip";

    private static final List<String> PREFIXES = List.of(PortalRoutes.CATEGORY_PREFIX, ArticleUrls.PREFIX);
    private static final List<String> EXACT = List.of(
            PlatformRoutes.HOME,
            PlatformRoutes.SEARCH,
            PlatformRoutes.RSS,
            PortalRoutes.SITEMAP,
            PlatformRoutes.ABOUT,
            PlatformRoutes.CONTACT);
    private static final int MAX_QUERY = 300;
    /**
     * Any cache (a browser, nginx, a CDN) may keep a public page for a second, then asks again with
     * its validators: a change is everywhere within a second, and asking costs a 304.
     */
    static final String CACHE_CONTROL = "public, max-age=1";
    /** The language comes from a cookie, so a shared cache must key on it (docs/proxy-cache.md). */
    static final String VARY = "Accept-Encoding, Cookie";
    /** The parts of a sitemap index (portal's {@code Sitemaps}). */
    private static final Pattern SITEMAP_PART = Pattern.compile("/sitemap-\\d{1,6}\\.xml");

    private final PageCache cache;
    private final Clock clock;
    private final PageCacheMetrics metrics;
    private final boolean enabled;

    /** {@code enabled} false: pages are still marked shared and sent as such, but not kept. */
    public PageCacheFilter(PageCache cache, Clock clock, PageCacheMetrics metrics, boolean enabled) {
        this.metrics = metrics;
        this.cache = cache;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        // the same bytes for every anonymous reader: no CSRF token, no counter figures (ADR 0017)
        request.setAttribute(Ui.SHARED_PAGE, Boolean.TRUE);
        if (!enabled) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
            response.setHeader(HttpHeaders.VARY, VARY);
            chain.doFilter(request, response);
            return;
        }
        String lang = language(request);
        String key = key(lang, request);
        CachedPage page = cache.get(key);
        if (page != null) {
            metrics.hit();
            serve(page, lang, request, response);
            return;
        }
        metrics.miss();
        long generation = cache.generation();
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.VARY, VARY);
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String type = wrapper.getContentType();
        if (wrapper.getStatus() == 200
                && type != null
                && storableType(type)
                && request.getAttribute(SKIP) == null
                && anonymous()) {
            CachedPage stored = CachedPage.of(wrapper.getContentAsByteArray(), type, clock.instant(), key);
            cache.put(key, stored, generation);
            response.setHeader(HttpHeaders.ETAG, stored.etag);
            response.setDateHeader(HttpHeaders.LAST_MODIFIED, stored.lastModified.toEpochMilli());
            response.setHeader(CACHE_HEADER, "MISS");
        } else {
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        }
        wrapper.copyBodyToResponse();
    }

    static String key(String lang, HttpServletRequest request) {
        return lang + "|" + request.getServerName() + "|" + request.getRequestURI() + "?"
                + (request.getQueryString() == null ? "" : request.getQueryString());
    }

    void serve(CachedPage page, String lang, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader(CACHE_HEADER, "HIT");
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        response.setHeader(HttpHeaders.ETAG, page.etag);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, page.lastModified.toEpochMilli());
        response.setHeader(HttpHeaders.VARY, VARY);
        // as the render says it (DispatcherServlet sets the response locale)
        response.setLocale(locale(lang));
        if (notModified(page, request)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType);
        CachedPage.Encoding encoding = page.encodingFor(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        if (encoding.header != null) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, encoding.header);
        }
        byte[] body = page.body(encoding);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : Zone.VI;
    }

    private static boolean notModified(CachedPage page, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            String bare = page.etag.substring(2);
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || t.equals(page.etag) || t.equals(bare)) {
                    return true;
                }
            }
            return false;
        }
        try {
            long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
            return since >= 0 && page.lastModified.toEpochMilli() / 1000 <= since / 1000;
        } catch (IllegalArgumentException badDate) {
            return false;
        }
    }

    static boolean cacheablePath(String path) {
        if (EXACT.contains(path) || SITEMAP_PART.matcher(path).matches()) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (path.startsWith(prefix) && path.indexOf('/', prefix.length()) < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean cacheable(HttpServletRequest request) {
        return cacheableRequest(request) && anonymous();
    }

    /** A GET of a cached path whose query is short and does not switch the language. */
    static boolean cacheableRequest(HttpServletRequest request) {
        String query = request.getQueryString();
        return "GET".equals(request.getMethod())
                && cacheablePath(request.getRequestURI())
                && (query == null || (query.length() <= MAX_QUERY && request.getParameter("lang") == null));
    }

    private static boolean storableType(String type) {
        return type.startsWith("text/html")
                || type.startsWith("application/rss+xml")
                || type.startsWith("application/xml");
    }

    private static boolean anonymous() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
    }

    /** The page language the locale resolver will pick: the {@code lantoa-lang} cookie, else Vietnamese. */
    static String language(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if ("lantoa-lang".equals(c.getName())
                        && c.getValue() != null
                        && c.getValue().startsWith("en")) {
                    return "en";
                }
            }
        }
        return "vi";
    }
}
