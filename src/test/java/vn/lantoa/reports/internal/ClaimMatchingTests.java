package vn.lantoa.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import vn.lantoa.reports.internal.ClaimQueries.ClaimRow;

/** How the in-memory matcher follows the claims table: appended, refreshed or rebuilt. */
class ClaimMatchingTests {

    private final ClaimQueries queries = mock(ClaimQueries.class);
    private final Clock clock = mock(Clock.class);
    private final ClaimMatching matching = new ClaimMatching(
            queries,
            clock,
            new vn.lantoa.reports.internal.ReportsMetrics(
                    new io.micrometer.core.instrument.simple.SimpleMeterRegistry()));
    private final List<ClaimRow> rows = new ArrayList<>();
    private int version;

    private void table(ClaimRow... claims) {
        rows.clear();
        rows.addAll(List.of(claims));
        version++;
        when(queries.latestChange()).thenReturn("latest" + version);
        when(queries.fingerprint()).thenReturn("v" + version);
        when(queries.all()).thenReturn(List.copyOf(rows));
    }

    private static ClaimRow claim(long id, String statement, Verdict verdict) {
        return new ClaimRow(id, statement, verdict, null, null);
    }

    private List<Long> ids(String text) {
        return matching.similar(text, 10).stream().map(SimilarClaim::claimId).toList();
    }

    private static final ClaimRow LAND =
            claim(1, "Nhà nước thu hồi đất nông nghiệp chưa có sổ đỏ mà không bồi thường.", Verdict.FALSE);
    private static final ClaimRow PENSION =
            claim(2, "Lương hưu của tất cả người nghỉ hưu bị cắt giảm 30% từ năm sau.", Verdict.FALSE);

    @Test
    void findsAClaimAddedAfterTheMatcherWasBuiltWithoutReadingTheTableOnEveryQuery() {
        table(LAND);
        assertThat(ids("thu hoi dat ko boi thuong")).containsExactly(1L);
        assertThat(ids("luong huu bi cat 30%")).doesNotContain(2L);
        verify(queries, times(1)).all();

        table(LAND, PENSION);

        assertThat(ids("luong huu bi cat 30%")).first().isEqualTo(2L);
        assertThat(ids("thu hoi dat ko boi thuong")).first().isEqualTo(1L);
        verify(queries, times(2)).all();
    }

    @Test
    void showsTheCurrentVerdictAndArticleWhenOnlyThoseChanged() {
        table(LAND);
        assertThat(matching.similar("thu hoi dat", 1)).first().returns(null, SimilarClaim::refutationArticleId);

        table(new ClaimRow(1, LAND.statement(), Verdict.MISLEADING, "dat-dai", 77L));

        assertThat(matching.similar("thu hoi dat", 1)).first().satisfies(c -> {
            assertThat(c.verdict()).isEqualTo(Verdict.MISLEADING);
            assertThat(c.refutationArticleId()).isEqualTo(77L);
        });
    }

    @Test
    void forgetsADeletedClaimAndMatchesAnEditedStatementByItsNewWords() {
        table(LAND, PENSION);
        assertThat(ids("luong huu bi cat 30%")).first().isEqualTo(2L);

        String dam = "Đập thủy điện ở thượng nguồn bị vỡ, người dân phải sơ tán ngay.";
        table(claim(1, dam, Verdict.FALSE));

        assertThat(ids("luong huu bi cat 30%")).doesNotContain(2L);
        assertThat(matching.similar("Đập thủy điện vỡ, dân phải sơ tán ngay", 10))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.statement()).isEqualTo(dam);
                    assertThat(c.score()).isGreaterThan(0.5);
                });
        assertThat(matching.similar("thu hoi dat nong nghiep ko boi thuong", 1))
                .allSatisfy(c -> assertThat(c.score()).isLessThan(0.15));
    }

    @Test
    void seesARemovalThatOnlyTheCountShowsAtTheNextFullCheck() {
        when(clock.millis()).thenReturn(1_000L);
        table(LAND, PENSION);
        assertThat(ids("luong huu bi cat 30%")).first().isEqualTo(2L);
        String latest = queries.latestChange();

        table(LAND);
        when(queries.latestChange()).thenReturn(latest);
        when(clock.millis()).thenReturn(1_000L + ClaimMatching.FULL_CHECK_EVERY.toMillis() - 1);
        assertThat(ids("luong huu bi cat 30%")).first().isEqualTo(2L);
        verify(queries, times(1)).fingerprint();

        when(clock.millis()).thenReturn(1_000L + ClaimMatching.FULL_CHECK_EVERY.toMillis());
        assertThat(ids("luong huu bi cat 30%")).doesNotContain(2L);
        verify(queries, times(2)).fingerprint();
    }

    @Test
    void aSlowCheckFinishingAfterARefreshDoesNotBringBackTheOlderSnapshot() throws Exception {
        table(LAND);
        assertThat(ids("thu hoi dat")).containsExactly(1L);
        CountDownLatch checking = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread slow = Thread.ofVirtual().unstarted(() -> matching.similar("thu hoi dat", 10));
        when(queries.fingerprint()).thenAnswer(call -> {
            if (Thread.currentThread() == slow) {
                checking.countDown();
                release.await();
                return "v1";
            }
            return "v" + version;
        });
        // The slow thread sees no new claim but is due for the full check, and stalls in it.
        when(clock.millis()).thenReturn(ClaimMatching.FULL_CHECK_EVERY.toMillis());
        slow.start();
        checking.await();

        rows.add(PENSION);
        version++;
        when(queries.latestChange()).thenReturn("latest" + version);
        when(queries.all()).thenReturn(List.copyOf(rows));
        assertThat(ids("luong huu bi cat 30%")).first().isEqualTo(2L);
        release.countDown();
        slow.join();

        version++;
        when(queries.latestChange()).thenReturn("latest" + version);
        assertThat(ids("luong huu bi cat 30%")).doesNotHaveDuplicates().first().isEqualTo(2L);
    }
}
