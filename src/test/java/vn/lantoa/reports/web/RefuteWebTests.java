package vn.lantoa.reports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.SignedIn;
import vn.lantoa.platform.WebSlice;
import vn.lantoa.reports.internal.ClusterScope;
import vn.lantoa.reports.internal.ForwardPackage;
import vn.lantoa.reports.internal.Forwarding;
import vn.lantoa.reports.internal.LinkRechecks;
import vn.lantoa.reports.internal.RefutationQueries;
import vn.lantoa.reports.internal.Refutations;

/**
 * The back office's refutation page of a cluster in a web slice: who gets in, what each button
 * sends to the services and where it leads, and what the page shows. Services are mocks; no
 * database.
 */
@WebSlice(RefuteController.class)
class RefuteWebTests {

    private static final long CLUSTER = 12;
    private static final String PAGE = "/quan-tri/phan-anh/12/xu-ly";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Refutations refutations;

    @MockitoBean
    Forwarding forwarding;

    @MockitoBean
    RefutationQueries queries;

    @MockitoBean
    ClusterScope scope;

    @MockitoBean
    ArticleCatalog catalog;

    @MockitoBean
    LinkRechecks rechecks;

    private static String at(String route) {
        return route.replace("{clusterId}", Long.toString(CLUSTER));
    }

    private static ForwardPackage emptyPackage() {
        return new ForwardPackage(
                ForwardPackage.FORMAT,
                CLUSTER,
                "2026-12-01T10:00:00+07:00",
                "IN_VERIFICATION",
                new ForwardPackage.Category("scam", "Lừa đảo"),
                new ForwardPackage.Claim(null, null, null, null),
                null,
                null,
                new ForwardPackage.Reporters(0, 0, 0, ""),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

    @Test
    void aSignedOutVisitorIsSentToTheLoginPageAndAMemberIsRefused() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().isFound()).andExpect(redirectedUrl("/dang-nhap"));
        mvc.perform(get(PAGE).with(SignedIn.as(Role.MEMBER))).andExpect(status().isForbidden());
        verifyNoInteractions(scope, queries);
    }

    @Test
    void staffTheClusterScopeRefusesGetTheForbiddenPageBeforeTheClusterIsRead() throws Exception {
        doThrow(new ForbiddenException()).when(scope).require(any(), eq(CLUSTER));

        mvc.perform(get(PAGE).with(SignedIn.as(Role.EDITOR)))
                .andExpect(status().isForbidden())
                .andExpect(view().name("platform/error"))
                .andExpect(content().string(Matchers.containsString("Không có quyền truy cập")));
        verifyNoInteractions(queries);
    }

    @Test
    void aClusterWhoseArticleIsNotPublishedYetShowsItsDraft() throws Exception {
        when(queries.cluster(CLUSTER))
                .thenReturn(Optional.of(new RefutationQueries.ClusterRow(
                        CLUSTER,
                        "IN_VERIFICATION",
                        Instant.parse("2026-11-30T01:00:00Z"),
                        null,
                        null,
                        null,
                        "scam",
                        77L)));
        when(forwarding.view(eq(CLUSTER), any())).thenReturn(emptyPackage());

        mvc.perform(get(PAGE).param("q", "  căn cước ").with(SignedIn.as(Role.HANDLER)))
                .andExpect(status().isOk())
                .andExpect(view().name("reports/refute"))
                .andExpect(result -> {
                    RefutePage page =
                            (RefutePage) result.getModelAndView().getModel().get("page");
                    assertThat(page.draftId()).isEqualTo(77L);
                    assertThat(page.articleUrl()).isNull();
                    assertThat(page.query()).isEqualTo("căn cước");
                })
                .andExpect(content().string(Matchers.containsString("Bài nháp #77 đang chờ biên tập")))
                .andExpect(content().string(Matchers.containsString("Xử lý cụm phản ánh #12")));
        verify(catalog).searchPublished("căn cước", 10);
    }

    @Test
    void linkingAnArticleRedirectsToThePageWithWhatHappened() throws Exception {
        mvc.perform(post(at(ReportsRoutes.REFUTE_LINK))
                        .param("articleId", " 5 ")
                        .param("verdict", "FALSE")
                        .param("statement", "Tin đồn")
                        .with(SignedIn.as(Role.HANDLER))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute(
                                "notice", "Đã gắn bài phản bác; cụm đã được xử lý và người phản ánh được thông báo."));
        verify(refutations).linkArticle(eq(CLUSTER), eq(5L), eq("FALSE"), eq("Tin đồn"), any(CurrentUser.class));
    }

    @Test
    void anArticleNumberThatIsNotANumberIsExplainedOnThePageAndNothingIsLinked() throws Exception {
        mvc.perform(post(at(ReportsRoutes.REFUTE_LINK))
                        .param("articleId", "bai-5")
                        .with(SignedIn.as(Role.HANDLER))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("error", "Chỉ gắn được bài đã đăng trên trang của chúng ta."));
        verifyNoInteractions(refutations);
    }

    @Test
    void aStartedDraftIsNamedByItsNumberAndARefusedOneSaysWhy() throws Exception {
        when(refutations.startDraft(eq(CLUSTER), eq("MISLEADING"), any(), any()))
                .thenReturn(31L);
        mvc.perform(post(at(ReportsRoutes.REFUTE_DRAFT))
                        .param("verdict", "MISLEADING")
                        .with(SignedIn.as(Role.HANDLER))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("notice", Matchers.startsWith("Đã tạo bài nháp #31;")));

        when(refutations.startDraft(anyLong(), eq("FALSE"), any(), any()))
                .thenThrow(new InvalidInputException("reports.refute.error.article"));
        mvc.perform(post(at(ReportsRoutes.REFUTE_DRAFT))
                        .param("verdict", "FALSE")
                        .with(SignedIn.as(Role.HANDLER))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("error", "Chỉ gắn được bài đã đăng trên trang của chúng ta."));
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedAndNothingIsForwarded() throws Exception {
        mvc.perform(post(at(ReportsRoutes.FORWARD))
                        .param("recipient", "Công an xã")
                        .with(SignedIn.as(Role.HANDLER)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(forwarding);

        mvc.perform(post(at(ReportsRoutes.FORWARD))
                        .param("recipient", " Công an xã ")
                        .with(SignedIn.as(Role.HANDLER))
                        .with(csrf()))
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("notice", "Đã ghi nhận việc chuyển cho Công an xã."));
    }

    @Test
    void theCasePackageIsADownloadNamedAfterTheCluster() throws Exception {
        when(forwarding.json(eq(CLUSTER), any())).thenReturn("{\"clusterId\":12}".getBytes());

        mvc.perform(get(at(ReportsRoutes.PACKAGE_JSON)).with(SignedIn.as(Role.HANDLER)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"phan-anh-12.json\""))
                .andExpect(content().string("{\"clusterId\":12}"));
    }
}
