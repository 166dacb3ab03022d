package vn.lantoa.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.portal.PortalTestArticles;

/**
 * The one-statement reads of the article and front pages give what the separate queries give
 * (the newest first, the same page, the same count), on the demo site plus articles of our own.
 */
@LanToaIntegrationTest
class ArticleCatalogReadsTests {

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void anArticleComesWithThePageOfItsCategorysOtherArticles() {
        var articles = new PortalTestArticles(jdbc, events);
        String w = PortalTestArticles.uniqueWord();
        for (int i = 0; i < 8; i++) {
            articles.publish("Tin đọc " + w + " số " + i, i % 2 == 0 ? "" : "Tóm tắt " + i, "Thân", i);
        }
        var main = articles.publish("Tin chính " + w, "Tóm tắt", "Thân", 0);
        long site = articles.defaultSite();
        PublishedArticle alone = catalog.findPublished(site, main.slug()).orElseThrow();
        long others = catalog.countInCategory(alone.categoryId()) - 1;
        assertThat(others).isGreaterThanOrEqualTo(8);

        for (int page = 0; page < 3; page++) {
            ArticleWithOthers found =
                    catalog.findPublishedWithOthers(site, main.slug(), page, 3).orElseThrow();
            assertThat(found.article()).isEqualTo(alone);
            List<ArticleCard> expected = catalog.inCategory(alone.categoryId(), 0, (page + 1) * 3 + 1).stream()
                    .filter(card -> card.id() != alone.id())
                    .skip(page * 3L)
                    .limit(3)
                    .toList();
            assertThat(found.others().cards()).as("page %d", page).isEqualTo(expected);
            assertThat(found.others().total()).isEqualTo(others);
            assertThat(catalog.pageOfCategory(alone.categoryId(), alone.id(), page, 3))
                    .isEqualTo(found.others());
        }
        CardPage pastTheEnd = catalog.findPublishedWithOthers(site, main.slug(), 10_000, 3)
                .orElseThrow()
                .others();
        assertThat(pastTheEnd.cards()).isEmpty();
        assertThat(pastTheEnd.total()).isEqualTo(others);
        assertThat(catalog.pageOfCategory(alone.categoryId(), alone.id(), 10_000, 3)
                        .total())
                .isEqualTo(others);
        assertThat(catalog.findPublishedWithOthers(site, "khong-co-" + w, 0, 3)).isEmpty();
    }

    @Test
    void anArticleAloneInItsCategoryHasNoOthers() {
        var articles = new PortalTestArticles(jdbc, events);
        long site = articles.defaultSite();
        String w = PortalTestArticles.uniqueWord();
        long category = jdbc.sql("INSERT INTO news_category (site_id, slug, name, sort_order) VALUES (?, ?, ?, 99)"
                        + " RETURNING id")
                .params(site, "rieng-" + w, "Riêng " + w)
                .query(Long.class)
                .single();
        var only = articles.publish("Tin riêng " + w, "Tóm tắt", "Thân", 0);
        jdbc.sql("UPDATE news_article SET category_id = ? WHERE id = ?")
                .params(category, only.id())
                .update();
        CardPage others = catalog.findPublishedWithOthers(site, only.slug(), 0, 5)
                .orElseThrow()
                .others();
        assertThat(others.cards()).isEmpty();
        assertThat(others.total()).isZero();
        assertThat(catalog.frontPage(site, 7, 4).newestByCategory().get(category))
                .extracting(ArticleCard::id)
                .containsExactly(only.id());
    }

    @Test
    void theFrontPageIsTheNewestOfTheSiteAndOfEachCategory() {
        long site = new PortalTestArticles(jdbc, events).defaultSite();
        FrontPage front = catalog.frontPage(site, 7, 4);
        assertThat(front.latest()).isEqualTo(catalog.latest(site, 7)).isNotEmpty();
        for (Category category : catalog.categories(site)) {
            List<ArticleCard> expected = catalog.inCategory(category.id(), 0, 4);
            assertThat(front.newestByCategory().getOrDefault(category.id(), List.of()))
                    .as(category.slug())
                    .isEqualTo(expected);
        }
        assertThat(front.newestByCategory().keySet())
                .allSatisfy(id -> assertThat(catalog.categories(site))
                        .extracting(Category::id)
                        .contains(id));
    }
}
