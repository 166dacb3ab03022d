package vn.lantoa.portal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.lantoa.newsroom.ArticleCard;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.ArticleUrls;
import vn.lantoa.newsroom.Category;
import vn.lantoa.newsroom.FrontPage;
import vn.lantoa.newsroom.Site;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.SignedIn;
import vn.lantoa.platform.WebSlice;
import vn.lantoa.portal.internal.SiteDirectory;

/**
 * The public home page in a web slice: which article leads, which categories get a section, the
 * site of the host, and the page's SEO in the reader's language. The newsroom's catalog and the
 * portal's site directory are mocks; no database.
 */
@WebSlice(HomeController.class)
@Import(PortalPages.class)
@TestPropertySource(properties = "lantoa.site.base-url=https://lantoa.example/")
class HomeWebTests {

    private static final Site SITE = new Site(1, "main", "", "Lan Tỏa");
    private static final Category NEWS = new Category(7, 1, "thoi-su", "Thời sự", 1);
    private static final Category QUIET = new Category(8, 1, "van-hoa", "Văn hóa", 2);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ArticleCatalog articles;

    @MockitoBean
    SiteDirectory sites;

    private static ArticleCard card(long id, String title) {
        return new ArticleCard(
                id,
                "bai-" + id,
                title,
                "Tóm tắt " + id,
                NEWS.slug(),
                NEWS.name(),
                Instant.parse("2026-12-01T01:00:00Z").minusSeconds(id * 60),
                null,
                null);
    }

    private static HomePage page(MvcResult result) {
        return (HomePage) result.getModelAndView().getModel().get("page");
    }

    @BeforeEach
    void site() {
        when(sites.siteForHost("localhost")).thenReturn(Optional.of(SITE));
        when(sites.categories(SITE.id())).thenReturn(List.of(NEWS, QUIET));
        when(articles.frontPage(SITE.id(), 7, 4)).thenReturn(new FrontPage(List.of(), Map.of()));
    }

    @Test
    void theNewestArticleLeadsAndOnlyCategoriesWithArticlesGetASection() throws Exception {
        when(articles.frontPage(SITE.id(), 7, 4))
                .thenReturn(new FrontPage(
                        List.of(card(1, "Tin đầu"), card(2, "Tin hai"), card(3, "Tin ba")),
                        Map.of(NEWS.id(), List.of(card(2, "Tin hai")))));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(view().name("portal/home"))
                .andExpect(result -> {
                    HomePage page = page(result);
                    assertThat(page.featured().id()).isEqualTo(1);
                    assertThat(page.latest()).extracting(ArticleCard::id).containsExactly(2L, 3L);
                    assertThat(page.sections())
                            .extracting(s -> s.category().id())
                            .containsExactly(NEWS.id());
                    assertThat(page.seo().title()).isEqualTo("Trang chủ");
                    assertThat(page.seo().canonical()).isEqualTo("https://lantoa.example/");
                })
                .andExpect(content()
                        .string(Matchers.containsString("<a href=\"" + ArticleUrls.path("bai-1") + "\">Tin đầu</a>")))
                .andExpect(content().string(Matchers.containsString("aria-labelledby=\"lt-section-thoi-su\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("lt-section-van-hoa"))));
    }

    @Test
    void aSiteWithoutArticlesSaysSoInsteadOfALeadArticle() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk()).andExpect(result -> {
            assertThat(page(result).featured()).isNull();
            assertThat(page(result).latest()).isEmpty();
            assertThat(page(result).sections()).isEmpty();
        });
    }

    @Test
    void theHomeIsTheSameForSignedInReadersAndSpeaksEnglishOnRequest() throws Exception {
        mvc.perform(get("/").with(SignedIn.as(Role.MEMBER))).andExpect(status().isOk());
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(page(result).seo().title()).isEqualTo("Home"));
    }

    @Test
    void aHostWithoutASiteIsNotFoundAndNoArticleIsRead() throws Exception {
        mvc.perform(get("/").header("Host", "khong-co.example"))
                .andExpect(status().isNotFound())
                .andExpect(view().name("platform/error"));
        verify(articles, never()).frontPage(anyLong(), anyInt(), anyInt());
    }

    @Test
    void theHomeTakesNoPostsWithOrWithoutAToken() throws Exception {
        mvc.perform(post("/")).andExpect(status().isForbidden());
        mvc.perform(post("/").with(csrf())).andExpect(status().isMethodNotAllowed());
        verify(sites, never()).siteForHost(any());
    }
}
