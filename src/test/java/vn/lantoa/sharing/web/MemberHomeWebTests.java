package vn.lantoa.sharing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.SignedIn;
import vn.lantoa.platform.WebSlice;
import vn.lantoa.sharing.ActionKind;
import vn.lantoa.sharing.ActionState;
import vn.lantoa.sharing.internal.ActionLogger;
import vn.lantoa.sharing.internal.ActionView;
import vn.lantoa.sharing.internal.LinkInspector;
import vn.lantoa.sharing.internal.LogResult;
import vn.lantoa.sharing.internal.MemberArea;
import vn.lantoa.sharing.internal.SharingException;

/**
 * The member area's logging in a web slice: where a logged share leads, how a refused one comes
 * back (the same form, the same idempotency key, the reason by its field), who is not a member, and
 * CSRF. The sharing services are mocks; no database.
 */
@WebSlice(MemberHomeController.class)
class MemberHomeWebTests {

    private static final String POST = "https://www.facebook.com/permalink.php?story_fbid=1&id=2";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    MemberArea area;

    @MockitoBean
    ActionLogger logger;

    @MockitoBean
    LinkInspector links;

    private static ActionView share(long id) {
        return new ActionView(
                id,
                ActionKind.SHARE,
                3,
                4,
                null,
                POST,
                POST,
                "FACEBOOK",
                null,
                null,
                false,
                null,
                null,
                ActionState.SELF_REPORTED,
                null,
                Instant.parse("2026-12-01T02:00:00Z"));
    }

    private static MemberPages.Log page(MvcResult result) {
        return (MemberPages.Log) result.getModelAndView().getModel().get("page");
    }

    @Test
    void aSignedOutVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get(SharingRoutes.HOME)).andExpect(redirectedUrl("/dang-nhap"));
        mvc.perform(post(SharingRoutes.LOG_SHARE).with(csrf())).andExpect(redirectedUrl("/dang-nhap"));
        verifyNoInteractions(area, logger);
    }

    @Test
    void aLoggedShareRedirectsToItsResultAndARepeatSaysSo() throws Exception {
        when(logger.logShare(any(CurrentUser.class), any(), eq("key-1")))
                .thenReturn(new LogResult(share(51), false, false))
                .thenReturn(new LogResult(share(51), true, false));

        for (String expected : List.of("/thanh-vien/ghi-nhan/ket-qua/51", "/thanh-vien/ghi-nhan/ket-qua/51?trung=1")) {
            mvc.perform(post(SharingRoutes.LOG_SHARE)
                            .param("postUrl", POST)
                            .param("idempotencyKey", "key-1")
                            .with(SignedIn.as(Role.MEMBER))
                            .with(csrf()))
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl(expected));
        }
        verify(logger, org.mockito.Mockito.times(2))
                .logShare(any(), eq(new ActionLogger.ShareRequest(POST, null, null)), eq("key-1"));
    }

    @Test
    void aRefusedShareIsTheFormAgainWithTheReasonUnderItsFieldAndTheSameKey() throws Exception {
        when(logger.logShare(any(), any(), any()))
                .thenThrow(new SharingException("campaignId", "sharing.error.campaignNotOpen"));

        mvc.perform(post(SharingRoutes.LOG_SHARE)
                        .param("postUrl", POST)
                        .param("campaignId", "8")
                        .param("idempotencyKey", "key-2")
                        .with(SignedIn.as(Role.MEMBER))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("sharing/log"))
                .andExpect(result -> {
                    assertThat(page(result).rebuttal()).isFalse();
                    assertThat(page(result).idempotencyKey()).isEqualTo("key-2");
                    assertThat(page(result).errors())
                            .containsExactly(java.util.Map.entry(
                                    "campaignId", "Đợt tuyên truyền này không dành cho bạn hoặc đã kết thúc."));
                })
                .andExpect(content().string(Matchers.containsString("name=\"idempotencyKey\" value=\"key-2\"")))
                .andExpect(content()
                        .string(Matchers.containsString("Đợt tuyên truyền này không dành cho bạn hoặc đã kết thúc.")));
    }

    @Test
    void aRebuttalRefusedWithoutAFieldShowsTheReasonAboveTheForm() throws Exception {
        when(logger.logRebuttal(any(), any(), any()))
                .thenThrow(new SharingException(null, "sharing.error.badIdempotencyKey"));

        mvc.perform(post(SharingRoutes.LOG_REBUTTAL)
                        .param("postUrl", POST)
                        .with(SignedIn.as(Role.MEMBER))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("sharing/log"))
                .andExpect(result -> {
                    assertThat(page(result).rebuttal()).isTrue();
                    assertThat(page(result).idempotencyKey()).as("a new key").isNotBlank();
                    assertThat(page(result).error("form")).isEqualTo("Mã chống gửi trùng không hợp lệ.");
                });
    }

    @Test
    void anAccountWithoutAMemberRecordGetsTheNotAMemberPage() throws Exception {
        when(area.overview(any())).thenThrow(new SharingException.NotAMember());

        mvc.perform(get(SharingRoutes.HOME).with(SignedIn.as(Role.EDITOR)))
                .andExpect(status().isForbidden())
                .andExpect(view().name("sharing/not-member"))
                .andExpect(content().string(Matchers.containsString("chưa gắn với hồ sơ thành viên")));
    }

    @Test
    void aShareWithoutTheCsrfTokenIsRefusedAndNotLogged() throws Exception {
        mvc.perform(post(SharingRoutes.LOG_SHARE).param("postUrl", POST).with(SignedIn.as(Role.MEMBER)))
                .andExpect(status().isForbidden());
        verifyNoInteractions(logger);
    }

    @Test
    void theLiveCheckInspectsOnlyTheLinkFieldsItKnows() throws Exception {
        mvc.perform(get(SharingRoutes.CHECK)
                        .param("field", "text")
                        .param("text", POST)
                        .with(SignedIn.as(Role.MEMBER)))
                .andExpect(status().isOk())
                .andExpect(view().name("sharing/_link-check"));
        verifyNoInteractions(links);

        when(links.inspect("postUrl", "khong-phai-lien-ket"))
                .thenThrow(new SharingException("postUrl", "sharing.error.linkRequired"));
        mvc.perform(get(SharingRoutes.CHECK)
                        .param("field", "postUrl")
                        .param("postUrl", "khong-phai-lien-ket")
                        .with(SignedIn.as(Role.MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Vui lòng dán liên kết.")));
    }

    @Test
    void aResultThatIsNotInTheMembersHistoryIsNotFound() throws Exception {
        when(area.history(any(), eq(500))).thenReturn(List.of(share(51)));

        mvc.perform(get(SharingRoutes.result(52)).with(SignedIn.as(Role.MEMBER)))
                .andExpect(status().isNotFound());
        mvc.perform(get(SharingRoutes.result(51)).with(SignedIn.as(Role.MEMBER)))
                .andExpect(status().isOk())
                .andExpect(view().name("sharing/log-result"));
    }
}
