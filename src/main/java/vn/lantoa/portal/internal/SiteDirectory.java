package vn.lantoa.portal.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.Category;
import vn.lantoa.newsroom.Site;
import vn.lantoa.portal.internal.cache.PageCache;

/**
 * The site of a host and a site's categories, which every public page reads (three of an article
 * render's queries before). Kept per page-cache generation: whatever clears the page cache (an
 * article, category or settings change here, or another node's NOTIFY) makes the next read go to
 * the database again; a minute at most otherwise (sites have no change event).
 */
@Component
public class SiteDirectory {

    private record HostKey(long generation, String host) {}

    private record SiteKey(long generation, long siteId) {}

    private final ArticleCatalog catalog;
    private final PageCache pages;
    private final Cache<HostKey, Optional<Site>> sites = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();
    private final Cache<SiteKey, List<Category>> categories = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterWrite(Duration.ofMinutes(1))
            .build();

    SiteDirectory(ArticleCatalog catalog, PageCache pages) {
        this.catalog = catalog;
        this.pages = pages;
    }

    public Optional<Site> siteForHost(String host) {
        return sites.get(new HostKey(pages.generation(), host == null ? "" : host), k -> catalog.siteForHost(k.host()));
    }

    public List<Category> categories(long siteId) {
        return categories.get(
                new SiteKey(pages.generation(), siteId), k -> List.copyOf(catalog.categories(k.siteId())));
    }
}
