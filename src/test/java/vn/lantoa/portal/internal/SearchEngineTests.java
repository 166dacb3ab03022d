package vn.lantoa.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.LanToaProperties;
import vn.lantoa.portal.PortalTestArticles;

/**
 * A second node's index following the shared table (ADR 0016): what another node writes, in
 * whatever order its transactions commit, and what survives a restart.
 */
@LanToaIntegrationTest
class SearchEngineTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    SearchIndex index;

    @Autowired
    ApplicationEventPublisher events;

    Path dataDir;
    SearchEngine other;

    @BeforeEach
    void otherNode() throws Exception {
        dataDir = Files.createTempDirectory("search-node-");
        other = node();
    }

    @AfterEach
    void stop() {
        if (other.isRunning()) {
            other.stop();
        }
        FileSystemUtils.deleteRecursively(dataDir.toFile());
    }

    /** A node on its own data directory that follows only when told (its interval is an hour). */
    SearchEngine node() {
        SearchEngine node =
                new SearchEngine(jdbc, new LanToaProperties(dataDir, null, null, null), Duration.ofHours(1));
        node.start();
        return node;
    }

    List<Long> found(SearchEngine node, String query) {
        long site = new PortalTestArticles(jdbc, events).defaultSite();
        return new ArticleSearch(jdbc, node)
                .search(site, query, 1).items().stream().map(SearchHit::id).toList();
    }

    @Test
    void anotherNodeFindsWhatThisOnePublishedAndLosesWhatWasWithdrawn() {
        String w = PortalTestArticles.uniqueWord();
        var a = new PortalTestArticles(jdbc, events).publish("Tin " + w, "Tóm tắt", "Nội dung", 1);
        assertThat(found(other, w)).isEmpty();
        other.follow();
        assertThat(found(other, w)).containsExactly(a.id());

        jdbc.sql("UPDATE news_article SET status = 'DRAFT' WHERE id = ?")
                .param(a.id())
                .update();
        index.refresh(a.id());
        other.follow();
        assertThat(found(other, w)).isEmpty();
    }

    @Test
    void aTransactionThatCommitsAfterALaterOneIsNotSkipped() throws Exception {
        String early = PortalTestArticles.uniqueWord();
        String late = PortalTestArticles.uniqueWord();
        long earlyId = freeId();
        long lateId = freeId();
        try (Connection first = dataSource.getConnection();
                Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            insert(first, earlyId, early); // the older transaction, still open
            insert(second, lateId, late);
            second.commit();
            other.follow();
            assertThat(found(other, late)).containsExactly(lateId);
            assertThat(found(other, early)).isEmpty();

            first.commit();
            other.follow();
            assertThat(found(other, early)).containsExactly(earlyId);
        } finally {
            jdbc.sql("DELETE FROM portal_search_doc WHERE article_id IN (?, ?)")
                    .params(earlyId, lateId)
                    .update();
        }
    }

    @Test
    void aRestartReadsOnlyWhatChangedWhileItWasDown() {
        String w = PortalTestArticles.uniqueWord();
        var before = new PortalTestArticles(jdbc, events).publish("Trước " + w, "Tóm tắt", "Nội dung", 2);
        other.follow();
        other.stop();
        var during = new PortalTestArticles(jdbc, events).publish("Trong " + w, "Tóm tắt", "Nội dung", 1);

        other = node();
        long rows = jdbc.sql("SELECT count(*) FROM portal_search_doc")
                .query(Long.class)
                .single();
        assertThat((long) other.appliedAtStart()).isPositive().isLessThan(rows);
        assertThat(found(other, w)).containsExactly(during.id(), before.id());
    }

    @Test
    void anIndexBuiltFromAnotherDatabaseIsBuiltAnew() {
        String w = PortalTestArticles.uniqueWord();
        var a = new PortalTestArticles(jdbc, events).publish("Tin " + w, "Tóm tắt", "Nội dung", 1);
        other.stop();
        String database = jdbc.sql("SELECT database_id::text FROM portal_search_state")
                .query(String.class)
                .single();
        jdbc.sql("UPDATE portal_search_state SET database_id = gen_random_uuid()")
                .update();
        try {
            other = node();
            long live = jdbc.sql("SELECT count(*) FROM portal_search_doc WHERE NOT deleted")
                    .query(Long.class)
                    .single();
            assertThat((long) other.appliedAtStart()).isGreaterThanOrEqualTo(live);
            assertThat(found(other, w)).containsExactly(a.id());
        } finally {
            jdbc.sql("UPDATE portal_search_state SET database_id = ?::uuid")
                    .param(database)
                    .update();
        }
    }

    long freeId() {
        return 9_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    void insert(Connection c, long id, String word) throws Exception {
        long site = new PortalTestArticles(jdbc, events).defaultSite();
        try (PreparedStatement insert = c.prepareStatement("""
                INSERT INTO portal_search_doc (article_id, site_id, slug, title, summary, body_text, category_slug,
                    category_name, published_at)
                VALUES (?, ?, ?, ?, '', '', 'c', 'C', now())""")) {
            insert.setLong(1, id);
            insert.setLong(2, site);
            insert.setString(3, "bai-" + word);
            insert.setString(4, "Bài " + word);
            insert.executeUpdate();
        }
    }
}
