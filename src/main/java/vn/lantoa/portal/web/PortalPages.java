package vn.lantoa.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import vn.lantoa.newsroom.Site;
import vn.lantoa.platform.LanToaProperties;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.portal.internal.SiteDirectory;

/**
 * What every portal controller needs: the site of the request and absolute URLs. The default
 * site's links start with {@code lantoa.site.base-url}; a site with a host name of its own gets
 * {@code https://<host>}. Never the request's Host header, which a client chooses.
 */
@Component
class PortalPages {

    private static final String BASE = PortalPages.class.getName() + ".base";

    private final SiteDirectory sites;
    private final LanToaProperties properties;

    PortalPages(SiteDirectory sites, LanToaProperties properties) {
        this.sites = sites;
        this.properties = properties;
    }

    /** The site of the request; also fixes the base of {@link #absolute} for this request. */
    Site site(HttpServletRequest request) {
        Site site = sites.siteForHost(request.getServerName()).orElseThrow(() -> new NotFoundException());
        request.setAttribute(BASE, base(site));
        return site;
    }

    /** The site's categories (kept until the page cache is next cleared, see {@link SiteDirectory}). */
    java.util.List<vn.lantoa.newsroom.Category> categories(long siteId) {
        return sites.categories(siteId);
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
