package vn.lantoa.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.server.ResponseStatusException;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.Site;
import vn.lantoa.platform.LanToaProperties;

/**
 * What every portal controller needs: the site of the request and absolute URLs. The default
 * site's links start with {@code lantoa.site.base-url}; a site with a host name of its own gets
 * {@code https://<host>}. Never the request's Host header, which a client chooses.
 */
@Component
class PortalPages {

    private static final String BASE = PortalPages.class.getName() + ".base";

    private final ArticleCatalog catalog;
    private final LanToaProperties properties;

    PortalPages(ArticleCatalog catalog, LanToaProperties properties) {
        this.catalog = catalog;
        this.properties = properties;
    }

    /** The site of the request; also fixes the base of {@link #absolute} for this request. */
    Site site(HttpServletRequest request) {
        Site site = catalog.siteForHost(request.getServerName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        request.setAttribute(BASE, base(site));
        return site;
    }

    String base(Site site) {
        if (site.host() != null && !site.host().isBlank()) {
            return "https://" + site.host();
        }
        String base = properties.site().baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The base URL of the current request's site (after {@link #site} was called). */
    static String base() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object base = attributes == null ? null : attributes.getAttribute(BASE, RequestAttributes.SCOPE_REQUEST);
        return base == null ? "" : base.toString();
    }

    static String absolute(String path) {
        return base() + path;
    }
}
