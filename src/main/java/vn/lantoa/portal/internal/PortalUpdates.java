package vn.lantoa.portal.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.ArticleChanged;
import vn.lantoa.newsroom.ArticlePublished;
import vn.lantoa.platform.web.StructuredData;
import vn.lantoa.portal.internal.cache.ClusterInvalidation;

/**
 * Reacts to the newsroom: re-indexes what changed, then clears the page caches of every node, so
 * a published article is visible at once. It listens after commit in the publishing thread, not
 * through the event registry (ADR 0001 says why); a refresh that failed is caught up at the next
 * start by {@link #bringIndexUpToDate}. Idempotent, so an event seen twice does no harm.
 */
@Component
class PortalUpdates {

    private final SearchIndex index;
    private final SiteSettingsStore settings;
    private final ClusterInvalidation invalidation;
    private final ArticleCatalog catalog;

    PortalUpdates(
            SearchIndex index, SiteSettingsStore settings, ClusterInvalidation invalidation, ArticleCatalog catalog) {
        this.index = index;
        this.settings = settings;
        this.invalidation = invalidation;
        this.catalog = catalog;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticlePublished event) {
        index.refresh(event.articleId());
        invalidation.invalidateEverywhere();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ArticleChanged event) {
        if (event.articleId() != null) {
            index.refresh(event.articleId());
        } else {
            // a category or a setting: names shown in many documents and pages
            settings.forget();
            index.reindexAll(event.siteId());
        }
        invalidation.invalidateEverywhere();
    }

    /** Another module's JSON-LD for an article changed (e.g. its claim review): the page must be rendered anew. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(StructuredData.Changed event) {
        invalidation.invalidateEverywhere();
    }

    /** Articles written while this app was down, or straight into the database (the demo). */
    @EventListener(ApplicationReadyEvent.class)
    void bringIndexUpToDate() {
        java.util.Set<Long> sites = new java.util.TreeSet<>(index.indexedSites());
        catalog.siteForHost("").ifPresent(site -> sites.add(site.id()));
        sites.forEach(index::bringUpToDate);
    }
}
