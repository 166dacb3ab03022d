package vn.lantoa.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import vn.lantoa.platform.web.StructuredData;
import vn.lantoa.portal.internal.cache.PageCache;

/** The other modules' JSON-LD is asked for once per article and page-cache generation. */
class ArticleStructuredDataTests {

    private final List<Long> asked = new ArrayList<>();
    private final List<String> said = new ArrayList<>(List.of("{\"claimReviewed\":\"</script>\"}"));
    private final PageCache pages = new PageCache(1 << 20);
    private final ArticleStructuredData data = new ArticleStructuredData(pages, sources(articleId -> {
        asked.add(articleId);
        return List.copyOf(said);
    }));

    @Test
    void aSecondRenderOfTheSameArticleAsksNoSource() {
        assertThat(data.forArticle(7)).containsExactly("{\"claimReviewed\":\"\\u003c/script\\u003e\"}");
        assertThat(data.forArticle(7)).hasSize(1);
        assertThat(data.forArticle(8)).hasSize(1);

        assertThat(asked).containsExactly(7L, 8L);
    }

    @Test
    void whatClearsThePagesMakesTheSourcesBeAskedAgain() {
        data.forArticle(7);
        said.clear();
        pages.clear(); // what a StructuredData.Changed does, here or through another node's NOTIFY

        assertThat(data.forArticle(7)).isEmpty();
        assertThat(asked).containsExactly(7L, 7L);
    }

    private static ObjectProvider<StructuredData.Source> sources(StructuredData.Source source) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("claimReviews", source);
        return beans.getBeanProvider(StructuredData.Source.class);
    }
}
