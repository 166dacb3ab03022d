package vn.lantoa.newsroom;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.lantoa.newsroom.internal.ArticleContent;
import vn.lantoa.newsroom.internal.ArticleService;
import vn.lantoa.platform.CurrentUser;

/**
 * Lets another module start an article for the newsroom (e.g. a refutation prefilled with a
 * reported claim). The draft goes through the newsroom's normal checks and sanitising, keeps a
 * revision and is audited; editors then edit, submit and publish it as usual.
 */
@Service
public class Drafts {

    private final ArticleService articles;
    private final ArticleCatalog catalog;

    Drafts(ArticleService articles, ArticleCatalog catalog) {
        this.articles = articles;
        this.catalog = catalog;
    }

    /**
     * Starts a draft on the default site, in its first category (the editor picks the right one).
     *
     * @param bodyHtml sanitised like anything an editor writes
     * @param clientKey the same key returns the draft made the first time (a repeated click)
     * @return the article's id
     */
    public long startDraft(String title, String lead, String bodyHtml, String clientKey, CurrentUser author) {
        Site site = catalog.siteForHost("").orElseThrow(() -> new IllegalStateException("No site configured"));
        long categoryId = catalog.categories(site.id()).stream()
                .findFirst()
                .map(Category::id)
                .orElseThrow(() -> new IllegalStateException("The site has no category"));
        ArticleContent content = new ArticleContent(
                title, lead, bodyHtml, categoryId, null, null, null, null, null, null, null, null, List.of());
        return articles.createFor(site.id(), content, clientKey, author);
    }

    /** Whether the article exists at all (in any state). */
    public boolean exists(long articleId) {
        return catalog.exists(articleId);
    }
}
