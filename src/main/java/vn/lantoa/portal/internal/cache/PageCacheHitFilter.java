package vn.lantoa.portal.internal.cache;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import vn.lantoa.platform.web.PublicFilters;

/**
 * Serves page-cache hits of readers without a session before the session filter and Spring
 * Security, which cost most of a hit (ADR 0013). Such a reader is anonymous: the security context
 * comes only from the session, so without a session cookie there is nobody signed in. The answer
 * is the one the chain gives: the headers the chain wrote for this page (learnt from the first
 * answer that went through it, see {@link StoredHeaders}) and the page's bytes, which are the same
 * for every anonymous reader (ADR 0017). Anything else
 * (another cookie, a miss, a page whose headers are not known yet) goes through the chain, where
 * {@link PageCacheFilter} still serves and stores pages. Inside the visit counter, so hits count.
 */
final class PageCacheHitFilter implements Filter {

    /** Just inside the visit counter, outside Spring Session's filter. */
    static final int ORDER = PublicFilters.PAGE_CACHE_HITS;

    /** Cookies that do not change who the reader is: the CSRF token and the language. */
    private static final Set<String> HARMLESS_COOKIES = Set.of("XSRF-TOKEN", "lantoa-lang");

    private final PageCache cache;
    private final PageCacheFilter pages;
    private final PageCacheMetrics metrics;

    PageCacheHitFilter(PageCache cache, PageCacheFilter pages, PageCacheMetrics metrics) {
        this.cache = cache;
        this.pages = pages;
        this.metrics = metrics;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request)
                || !(res instanceof HttpServletResponse response)
                || !PageCacheFilter.cacheableRequest(request)
                || !withoutSession(request)) {
            chain.doFilter(req, res);
            return;
        }
        String lang = PageCacheFilter.language(request);
        String key = PageCacheFilter.key(lang, request);
        boolean secure = request.isSecure();
        CachedPage page = cache.get(key);
        StoredHeaders headers = page == null ? null : page.headers(secure);
        if (headers != null) {
            metrics.hit();
            headers.writeTo(response);
            pages.serve(page, lang, request, response);
            return;
        }
        chain.doFilter(request, response);
        String state = response.getHeader(PageCacheFilter.CACHE_HEADER);
        if (response.getStatus() == HttpServletResponse.SC_OK && ("MISS".equals(state) || "HIT".equals(state))) {
            CachedPage stored = cache.get(key);
            if (stored != null && stored.headers(secure) == null) {
                stored.headers(secure, StoredHeaders.of(response));
            }
        }
    }

    static boolean withoutSession(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie c : cookies) {
                if (!HARMLESS_COOKIES.contains(c.getName())) {
                    return false;
                }
            }
        }
        return true;
    }
}
