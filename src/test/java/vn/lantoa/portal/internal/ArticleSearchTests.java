package vn.lantoa.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.portal.PortalTestArticles;

/** Search ranking against the real index, with articles of our own (unique words, shared database). */
@LanToaIntegrationTest
class ArticleSearchTests {

    @Autowired
    ArticleSearch search;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    PortalTestArticles articles() {
        return new PortalTestArticles(jdbc, events);
    }

    long site() {
        return articles().defaultSite();
    }

    List<Long> ids(String query) {
        return search.search(site(), query, 1).items().stream()
                .map(SearchHit::id)
                .toList();
    }

    @Test
    void findsTieuCanWithoutAccentsAndInCapitals() {
        String w = PortalTestArticles.uniqueWord();
        var a = articles().publish("Hội thi " + w + " ở xã Tiểu Cần", "Tóm tắt", "Nội dung bài", 3);
        assertThat(ids("tieu can " + w)).containsExactly(a.id());
        assertThat(ids("TIỂU CẦN " + w)).containsExactly(a.id());
        assertThat(ids(Normalizer.normalize("Tiểu Cần " + w, Normalizer.Form.NFD)))
                .containsExactly(a.id());
    }

    @Test
    void dMatchesTheLetterDStroke() {
        String w = PortalTestArticles.uniqueWord();
        var a = articles().publish("Đảng bộ " + w + " đại hội", "Tóm tắt", "Nội dung", 2);
        assertThat(ids("dang bo " + w)).containsExactly(a.id());
        assertThat(ids("đảng " + w)).containsExactly(a.id());
    }

    @Test
    void exactDiacriticMatchesRankAboveFoldedOnesEvenWhenOlder() {
        String w = PortalTestArticles.uniqueWord();
        var exactOld = articles().publish("Cánh đồng " + w, "Mùa lúa chín", "Nông dân thu hoạch", 48);
        var foldedNew = articles().publish("Canh dong " + w, "Mua lua", "Viết không dấu", 1);
        assertThat(ids("cánh đồng " + w)).containsExactly(exactOld.id(), foldedNew.id());
        // unaccented query: both are folded matches but the unaccented text is the exact one
        assertThat(ids("canh dong " + w)).containsExactly(foldedNew.id(), exactOld.id());
    }

    @Test
    void phraseMatchesRankAboveScatteredWordsAndThenTheNewestFirst() {
        String w = PortalTestArticles.uniqueWord();
        var scatteredNew = articles().publish("Bình yên " + w, "Hòa thuận", "Chuyện làng quê", 1);
        var phraseOld = articles().publish("Giữ gìn " + w + " hòa bình", "Tóm tắt", "Bài cũ hơn", 30);
        var phraseOlder = articles().publish("Vì " + w + " hòa bình", "Tóm tắt", "Bài cũ nhất", 60);
        assertThat(ids(w + " hòa bình")).containsExactly(phraseOld.id(), phraseOlder.id(), scatteredNew.id());
    }

    @Test
    void oldStyleTonePlacementMatchesTheNewStyleExactly() {
        String w = PortalTestArticles.uniqueWord();
        var oldStyle = articles().publish("Xã Hùng Hoà " + w, "Thuý và Khoẻ", "Nội dung", 5);
        var folded = articles().publish("Xa Hung Hoa " + w, "Không dấu", "Nội dung", 1);
        List<SearchHit> hits = search.search(site(), "hùng hòa " + w, 1).items();
        assertThat(hits).extracting(SearchHit::id).containsExactly(oldStyle.id(), folded.id());
        assertThat(hits.getFirst().exactMatch()).isTrue();
        assertThat(hits.get(1).exactMatch()).isFalse();
    }

    @Test
    void snippetsAreEscapedAndMarkTheMatches() {
        String w = PortalTestArticles.uniqueWord();
        articles().publish("Bài " + w, "Một <b>tóm tắt</b> & " + w.toUpperCase(), "Thân bài", 4);
        SearchHit hit = search.search(site(), w, 1).items().getFirst();
        assertThat(hit.snippetHtml())
                .contains("<mark>" + w.toUpperCase() + "</mark>")
                .contains("&lt;b&gt;", "&amp;")
                .doesNotContain("<b>");
    }

    @Test
    void aHugeOrHostileQueryIsCutAndMatchesNothingDangerous() {
        String huge = "tiểu cần ".repeat(1200);
        assertThat(huge.length()).isGreaterThan(10_000);
        SearchResults results = search.search(site(), huge, 1);
        assertThat(results.query().length()).isLessThanOrEqualTo(SearchText.MAX_QUERY_CHARS);
        assertThat(search.search(site(), "'); DROP TABLE news_article; -- & | ! <-> :*", 1)
                        .total())
                .isZero();
        assertThat(search.search(site(), "&|!()<>:*'\"", 1).items()).isEmpty();
    }

    @Test
    void pagesAreClampedAndCounted() {
        String w = PortalTestArticles.uniqueWord();
        for (int i = 0; i < ArticleSearch.PAGE_SIZE + 2; i++) {
            articles().publish("Trang " + w + " số " + i, "Tóm tắt", "Nội dung", i + 1);
        }
        SearchResults last = search.search(site(), w, 99_999);
        assertThat(last.page()).isEqualTo(2);
        assertThat(last.pages()).isEqualTo(2);
        assertThat(last.total()).isEqualTo(ArticleSearch.PAGE_SIZE + 2);
        assertThat(last.items()).hasSize(2);
        assertThat(search.search(site(), w, -1).page()).isEqualTo(1);
    }
}
