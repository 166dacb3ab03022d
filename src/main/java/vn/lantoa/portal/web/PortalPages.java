package vn.lantoa.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.Site;

/** What every portal controller needs: the site of the request and absolute URLs. */
@Component
class PortalPages {

    private final ArticleCatalog catalog;

    PortalPages(ArticleCatalog catalog) {
        this.catalog = catalog;
    }

    Site site(HttpServletRequest request) {
        return catalog.siteForHost(request.getServerName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    static String absolute(String path) {
        return base() + path;
    }
}
