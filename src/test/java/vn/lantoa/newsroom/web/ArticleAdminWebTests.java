package vn.lantoa.newsroom.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.unit.DataSize;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.Category;
import vn.lantoa.newsroom.Site;
import vn.lantoa.newsroom.internal.ArticleEditing;
import vn.lantoa.newsroom.internal.ArticleQueries;
import vn.lantoa.newsroom.internal.ArticleRepository;
import vn.lantoa.newsroom.internal.ArticleService;
import vn.lantoa.newsroom.internal.ArticleStatus;
import vn.lantoa.newsroom.internal.Autosaves;
import vn.lantoa.newsroom.internal.MediaService;
import vn.lantoa.newsroom.internal.WorkflowAction;
import vn.lantoa.platform.ConflictException;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.MutableClock;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.SignedIn;
import vn.lantoa.platform.WebSlice;

/**
 * The newsroom's article pages in a web slice: who gets in, where a save or a workflow button
 * leads, and how a refused save comes back. The newsroom's services are mocks; no database.
 */
@WebSlice(ArticleAdminController.class)
class ArticleAdminWebTests {

    private static final String BASE = NewsroomRoutes.ARTICLES;
    private static final Site SITE = new Site(1, "main", "", "Lan Tỏa");

    @TestConfiguration(proxyBeanMethods = false)
    static class Time {
        @Bean
        Clock clock() {
            return new MutableClock(Instant.parse("2026-12-01T03:00:00Z"));
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ArticleService articles;

    @MockitoBean
    ArticleEditing editing;

    @MockitoBean
    ArticleQueries queries;

    @MockitoBean
    ArticleRepository repository;

    @MockitoBean
    ArticleCatalog catalog;

    @MockitoBean
    MediaService media;

    @MockitoBean
    Autosaves autosaves;

    @BeforeEach
    void site() {
        when(catalog.siteForHost(any())).thenReturn(Optional.of(SITE));
        when(catalog.categories(SITE.id())).thenReturn(List.of(new Category(7, SITE.id(), "thoi-su", "Thời sự", 1)));
        when(media.maxSize()).thenReturn(DataSize.ofMegabytes(10));
    }

    @Test
    void theSliceRunsWithoutADatabase(@Autowired org.springframework.context.ApplicationContext context) {
        assertThat(context.getBeanNamesForType(javax.sql.DataSource.class)).isEmpty();
    }

    @Test
    void aSignedOutVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get(BASE)).andExpect(status().isFound()).andExpect(redirectedUrl("/dang-nhap"));
        verifyNoInteractions(queries);
    }

    @Test
    void backOfficeStaffOutsideTheNewsroomAreRefusedBeforeTheListIsRead() throws Exception {
        for (Role outsider : List.of(Role.HANDLER, Role.UNIT_MANAGER, Role.MEMBER)) {
            mvc.perform(get(BASE).with(SignedIn.as(outsider))).andExpect(status().isForbidden());
        }
        verifyNoInteractions(queries);
    }

    @Test
    void theListIsFilteredByAKnownStatusAndShowsAllForAnUnknownOne() throws Exception {
        for (Role staff : List.of(Role.EDITOR, Role.REVIEWER, Role.ADMIN)) {
            mvc.perform(get(BASE).param("trang-thai", "submitted").with(SignedIn.as(staff)))
                    .andExpect(status().isOk())
                    .andExpect(view().name("newsroom/articles"))
                    .andExpect(result -> assertThat(((ArticleListPage) page(result)).status())
                            .isEqualTo("SUBMITTED"))
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Bài viết")));
        }
        verify(queries, org.mockito.Mockito.times(3)).list(ArticleStatus.SUBMITTED, 200);

        mvc.perform(get(BASE).param("trang-thai", "khong-co").with(SignedIn.as(Role.EDITOR)))
                .andExpect(status().isOk());
        verify(queries).list(null, 200);
    }

    @Test
    void aSaveWithoutTheCsrfTokenIsRefusedAndNothingIsWritten() throws Exception {
        mvc.perform(post(BASE)
                        .param("title", "Tin mới")
                        .param("categoryId", "7")
                        .with(SignedIn.as(Role.EDITOR)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(editing);
    }

    @Test
    void aNewArticleIsSavedThenTheEditorIsRedirectedToIt() throws Exception {
        when(editing.create(eq(SITE.id()), any(), isNull(), eq("k-1"), any())).thenReturn(123L);

        mvc.perform(post(BASE)
                        .param("title", "Tin mới")
                        .param("categoryId", "7")
                        .param("clientKey", "k-1")
                        .with(SignedIn.as(Role.EDITOR))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(BASE + "/123?luu"));
        verify(autosaves).discard(eq("new"), any(CurrentUser.class));
    }

    @Test
    void aCategoryThatIsNotANumberComesBackAsTheFormWithTheReasonInVietnamese() throws Exception {
        // a missing category is the service's to refuse (ContentRules); one that does not bind is the form's
        mvc.perform(post(BASE)
                        .param("title", "Tin mới")
                        .param("categoryId", "mot")
                        .with(SignedIn.as(Role.EDITOR))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("newsroom/edit"))
                .andExpect(result -> assertThat(((ArticleEditPage) page(result)).error())
                        .isEqualTo("Vui lòng chọn một chuyên mục của trang."))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Tin mới\"")));
        verifyNoInteractions(editing);
    }

    @Test
    void anOriginTimeThatIsNotATimeComesBackAsTheFormWithTheReasonInVietnamese() throws Exception {
        mvc.perform(post(BASE)
                        .param("title", "Tin mới")
                        .param("categoryId", "7")
                        .param("originPublishedAt", "hôm qua")
                        .with(SignedIn.as(Role.EDITOR))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Thời gian không đúng định dạng.")));
        verifyNoInteractions(editing);
    }

    @Test
    void aSaveTheServiceRefusesKeepsTheTextAndSaysWhy() throws Exception {
        when(editing.create(anyLong(), any(), any(), any(), any()))
                .thenThrow(new InvalidInputException("newsroom.error.altRequired"));

        mvc.perform(post(BASE)
                        .param("title", "Tin có ảnh")
                        .param("categoryId", "7")
                        .with(SignedIn.as(Role.EDITOR))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("newsroom/edit"))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.containsString("Vui lòng nhập mô tả cho ảnh đại diện.")));
        verifyNoInteractions(autosaves);
    }

    @Test
    void aWorkflowButtonRedirectsToTheArticleWithWhatHappened() throws Exception {
        mvc.perform(post(BASE + "/5/submit").with(SignedIn.as(Role.EDITOR)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(BASE + "/5"))
                .andExpect(flash().attribute("notice", "Đã gửi bài để duyệt."));
        verify(articles).transition(eq(5L), eq(WorkflowAction.SUBMIT), isNull(), isNull(), any());
    }

    @Test
    void aRefusedTransitionRedirectsWithTheReasonAndAnUnknownOneIsNotFound() throws Exception {
        doThrow(new ConflictException("newsroom.error.badTime"))
                .when(articles)
                .transition(eq(5L), eq(WorkflowAction.PUBLISH), any(), any(), any());

        mvc.perform(post(BASE + "/5/publish").with(SignedIn.as(Role.REVIEWER)).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(BASE + "/5"))
                .andExpect(flash().attribute("error", "Thời gian không đúng định dạng."));

        mvc.perform(post(BASE + "/5/xoa").with(SignedIn.as(Role.ADMIN)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void anArticleThatIsNotThereIsNotFound() throws Exception {
        when(articles.get(9L)).thenThrow(new NotFoundException());

        mvc.perform(get(BASE + "/9").with(SignedIn.as(Role.EDITOR))).andExpect(status().isNotFound());
    }

    private static Object page(org.springframework.test.web.servlet.MvcResult result) {
        return result.getModelAndView().getModel().get("page");
    }
}
