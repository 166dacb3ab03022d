package vn.lantoa.portal.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.portal.internal.cache.ClusterInvalidation;

/** Changes a site's settings: saved, audited, and every node's pages cleared after the commit. */
@Service
public class SiteSettingsService {

    private final SiteSettingsStore store;
    private final ApplicationEventPublisher events;
    private final ClusterInvalidation invalidation;

    SiteSettingsService(SiteSettingsStore store, ApplicationEventPublisher events, ClusterInvalidation invalidation) {
        this.store = store;
        this.events = events;
        this.invalidation = invalidation;
    }

    @Transactional
    public void update(SiteSettings settings) {
        store.save(settings);
        events.publishEvent(AuditEvent.of(
                "site-settings.update", "site", settings.siteId(), "Footer, contacts and organisation texts"));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                invalidation.invalidateEverywhere();
            }
        });
    }
}
