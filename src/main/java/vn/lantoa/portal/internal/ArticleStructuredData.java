package vn.lantoa.portal.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import vn.lantoa.platform.web.StructuredData;
import vn.lantoa.portal.internal.cache.PageCache;

/**
 * The other modules' JSON-LD for an article page (a refutation's {@code ClaimReview}), made safe
 * for a script element and kept per page-cache generation, as {@link SiteSettingsStore} keeps the
 * settings: a source announces a change with {@link StructuredData.Changed}, which clears the page
 * caches of every node, and with them this. Asking every source cost a query per rendered article,
 * for the few articles that have anything to add (BENCHMARKS.md, "Render").
 */
@Component
public class ArticleStructuredData {

    private record Key(long generation, long articleId) {}

    private final PageCache pages;
    private final SingletonSupplier<List<StructuredData.Source>> sources;
    private final Cache<Key, List<String>> blocks =
            Caffeine.newBuilder().maximumSize(20_000).build();

    ArticleStructuredData(PageCache pages, ObjectProvider<StructuredData.Source> sources) {
        this.pages = pages;
        // resolved once: looking the beans up per request cost a tenth of a render
        this.sources = SingletonSupplier.of(() -> sources.orderedStream().toList());
    }

    /** The blocks, each ready for its own {@code <script type="application/ld+json">}. */
    public List<String> forArticle(long articleId) {
        // the key is taken before the sources are read: a change committed after it bumps the generation
        return blocks.get(
                new Key(pages.generation(), articleId),
                key -> sources.obtain().stream()
                        .flatMap(source -> source.jsonLdFor(key.articleId()).stream())
                        .map(StructuredData::forScript)
                        .toList());
    }
}
