package vn.lantoa.newsroom.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.ArticleChanged;
import vn.lantoa.newsroom.Category;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.Role;

/** Categories of a site and their order; every change tells the portal. */
@Service
public class CategoryService {

    private final JdbcClient jdbc;
    private final ArticleCatalog catalog;
    private final ApplicationEventPublisher events;

    CategoryService(JdbcClient jdbc, ArticleCatalog catalog, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.events = events;
    }

    public List<Category> list(long siteId) {
        return catalog.categories(siteId);
    }

    @Transactional
    public long create(long siteId, String name, CurrentUser user) {
        ArticleService.require(user, Role.REVIEWER);
        String clean = name(name);
        String slug = Slugs.unique(
                clean,
                s -> jdbc.sql("SELECT count(*) FROM news_category WHERE site_id = ? AND slug = ?")
                                .params(siteId, s)
                                .query(Long.class)
                                .single()
                        > 0);
        long id = jdbc.sql("""
                INSERT INTO news_category (site_id, slug, name, sort_order)
                VALUES (?, ?, ?, (SELECT coalesce(max(sort_order), 0) + 10 FROM news_category WHERE site_id = ?))
                RETURNING id""")
                .params(siteId, slug, clean, siteId)
                .query(Long.class)
                .single();
        changed(siteId, "category.create", id, clean);
        return id;
    }

    @Transactional
    public void rename(long siteId, long id, String name, CurrentUser user) {
        ArticleService.require(user, Role.REVIEWER);
        String clean = name(name);
        if (jdbc.sql("UPDATE news_category SET name = ? WHERE id = ? AND site_id = ?")
                        .params(clean, id, siteId)
                        .update()
                == 0) {
            throw new NotFoundException("newsroom.error.notFound");
        }
        changed(siteId, "category.rename", id, clean);
    }

    /** Swaps the category with its neighbour above ({@code up}) or below. */
    @Transactional
    public void move(long siteId, long id, boolean up, CurrentUser user) {
        ArticleService.require(user, Role.REVIEWER);
        List<Category> all = list(siteId);
        int i = indexOf(all, id);
        int j = up ? i - 1 : i + 1;
        if (j < 0 || j >= all.size()) {
            return; // already first or last: nothing to do, not an error
        }
        // Renumber all so equal sort orders cannot make a swap a no-op.
        List<Category> reordered = new java.util.ArrayList<>(all);
        reordered.set(i, all.get(j));
        reordered.set(j, all.get(i));
        for (int k = 0; k < reordered.size(); k++) {
            jdbc.sql("UPDATE news_category SET sort_order = ? WHERE id = ?")
                    .params((k + 1) * 10, reordered.get(k).id())
                    .update();
        }
        changed(siteId, "category.move", id, up ? "up" : "down");
    }

    private static int indexOf(List<Category> all, long id) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == id) {
                return i;
            }
        }
        throw new NotFoundException("newsroom.error.notFound");
    }

    private void changed(long siteId, String action, long id, String detail) {
        events.publishEvent(AuditEvent.of(action, "category", id, detail));
        events.publishEvent(new ArticleChanged(null, siteId, true));
    }

    private static String name(String raw) {
        String clean = ContentRules.text(raw);
        if (clean == null) {
            throw new InvalidInputException("newsroom.error.categoryNameRequired");
        }
        if (clean.length() > 100) {
            throw new InvalidInputException("newsroom.error.tooLong", "newsroom.field.category", 100);
        }
        return clean;
    }
}
