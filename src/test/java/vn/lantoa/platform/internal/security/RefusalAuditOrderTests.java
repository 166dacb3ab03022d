package vn.lantoa.platform.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;

/**
 * When {@link RefusalAudit} writes its row: before the first byte of a refusal's page, so a client
 * that has the whole page (sent with its Content-Length) finds the row already there.
 */
class RefusalAuditOrderTests {

    private final List<Object> published = new ArrayList<>();
    private final RefusalAudit audit = new RefusalAudit(published::add);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRefusalsPageIsAuditedBeforeItsFirstByte() throws Exception {
        signIn();
        List<Integer> seenBeforeBody = new ArrayList<>();
        FilterChain view = (req, res) -> {
            var http = (HttpServletResponse) res;
            http.setStatus(404);
            var out = http.getOutputStream();
            seenBeforeBody.add(published.size());
            out.write("Không tìm thấy".getBytes(StandardCharsets.UTF_8));
            http.getOutputStream();
            http.flushBuffer();
        };

        audit.doFilter(request("/quan-tri/thanh-vien/7"), new MockHttpServletResponse(), view);

        assertThat(seenBeforeBody)
                .as("rows written when the body was first used")
                .containsExactly(1);
        assertThat(published).singleElement().isInstanceOfSatisfying(AuditEvent.class, e -> {
            assertThat(e.action()).isEqualTo("access.refused");
            assertThat(e.detail()).isEqualTo("GET /quan-tri/thanh-vien/7");
        });
    }

    @Test
    void anErrorLeftToTheContainerIsAuditedOnceWhenTheChainReturns() throws Exception {
        signIn();
        FilterChain denied = (req, res) -> ((HttpServletResponse) res).sendError(403);

        audit.doFilter(request("/bai-viet/x"), new MockHttpServletResponse(), denied);

        assertThat(published).hasSize(1);
    }

    @Test
    void aPageServedOrAPublicNotFoundIsNoRefusal() throws Exception {
        signIn();
        audit.doFilter(
                request("/quan-tri"),
                new MockHttpServletResponse(),
                (req, res) -> res.getWriter().write("ok"));
        audit.doFilter(
                request("/bai-viet/khong-co"),
                new MockHttpServletResponse(),
                (req, res) -> ((HttpServletResponse) res).setStatus(404));

        assertThat(published).isEmpty();
    }

    @Test
    void anAnonymousRequestKeepsItsOwnResponse() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        List<Object> seen = new ArrayList<>();
        audit.doFilter(request("/quan-tri"), response, (req, res) -> {
            seen.add(res);
            ((HttpServletResponse) res).sendError(403);
        });

        assertThat(seen).containsExactly(response);
        assertThat(published).isEmpty();
    }

    private static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        return request;
    }

    private static void signIn() {
        CurrentUser user = new CurrentUser(1, "quanly", "Quản lý", Set.of(Role.UNIT_MANAGER), 2L);
        CurrentUser.Carrier carrier = () -> user;
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(carrier, null));
    }
}
