package vn.lantoa.portal.internal.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rendered anonymous pages by language, host and URL, bounded by total size. The generation
 * counter makes sure a render that started before an invalidation is not stored after it.
 */
@Component
public class PageCache {

    private final Cache<String, CachedPage> pages;
    private final AtomicLong generation = new AtomicLong();

    public PageCache(@Value("${lantoa.portal.page-cache.max-bytes:67108864}") long maxBytes) {
        this.pages = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, CachedPage page) -> page.size() * 2 + key.length())
                .build();
    }

    /** Changes on every invalidation, here or (through NOTIFY) on another node. */
    public long generation() {
        return generation.get();
    }

    CachedPage get(String key) {
        return pages.getIfPresent(key);
    }

    void put(String key, CachedPage page, long startedAt) {
        if (generation.get() == startedAt) {
            pages.put(key, page);
            if (generation.get() != startedAt) {
                pages.invalidate(key);
            }
        }
    }

    /** Drops every page of this node (articles, categories and settings show on many pages). */
    public void clear() {
        generation.incrementAndGet();
        pages.invalidateAll();
    }

    public long size() {
        return pages.estimatedSize();
    }
}
