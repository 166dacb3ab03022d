package vn.lantoa.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.lantoa.platform.RefusedException;

class ArticleTests {

    static final Instant NOW = Instant.parse("2026-11-29T03:00:00Z");

    static Article in(ArticleStatus status) {
        ArticleContent c = new ArticleContent(
                "Tiêu đề", "", "<p>x</p>", 1L, null, null, null, null, null, null, null, null, List.of());
        return new Article(1L, 1, "tieu-de", c, status, status == ArticleStatus.PUBLISHED ? NOW : null, null, 0);
    }

    @Test
    void goesFromDraftThroughReviewToPublished() {
        Article a = in(ArticleStatus.DRAFT);
        assertThat(a.submit().to()).isEqualTo(ArticleStatus.SUBMITTED);
        assertThat(a.approve(null, NOW).to()).isEqualTo(ArticleStatus.APPROVED);
        assertThat(a.publish(NOW).to()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(a.publishedAt()).isEqualTo(NOW);
    }

    @ParameterizedTest
    @EnumSource(value = ArticleStatus.class, names = "DRAFT", mode = EnumSource.Mode.EXCLUDE)
    void refusesToSubmitAnythingButADraft(ArticleStatus status) {
        assertThatThrownBy(() -> in(status).submit())
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @ParameterizedTest
    @EnumSource(value = ArticleStatus.class, names = "APPROVED", mode = EnumSource.Mode.EXCLUDE)
    void publishesOnlyAnApprovedArticle(ArticleStatus status) {
        assertThatThrownBy(() -> in(status).publish(NOW)).isInstanceOf(RefusedException.class);
    }

    @ParameterizedTest
    @EnumSource(value = ArticleStatus.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
    void approvesOnlyASubmittedArticle(ArticleStatus status) {
        assertThatThrownBy(() -> in(status).approve(null, NOW)).isInstanceOf(RefusedException.class);
    }

    @Test
    void returnsWithCommentsToDraftAndNeedsTheComment() {
        assertThatThrownBy(() -> in(ArticleStatus.SUBMITTED).returnWithComments(" "))
                .isInstanceOf(RefusedException.class);
        Article a = in(ArticleStatus.SUBMITTED);
        Article.Transition t = a.returnWithComments("Sửa lại sapo");
        assertThat(a.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(t.comment()).isEqualTo("Sửa lại sapo");
    }

    @Test
    void approvingWithATimeSchedulesAndOnlyAFutureTime() {
        assertThatThrownBy(() -> in(ArticleStatus.SUBMITTED).approve(NOW.minusSeconds(1), NOW))
                .isInstanceOf(RefusedException.class);
        Article a = in(ArticleStatus.SUBMITTED);
        a.approve(NOW.plus(Duration.ofHours(2)), NOW);
        assertThat(a.scheduledAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThatThrownBy(() -> a.publishAsScheduled(NOW.plus(Duration.ofMinutes(119))))
                .isInstanceOf(RefusedException.class);
        Article.Transition t = a.publishAsScheduled(NOW.plus(Duration.ofHours(3)));
        assertThat(t.dueAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(a.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(a.scheduledAt()).isNull();
    }

    @Test
    void withdrawingTakesAPublishedArticleBackToDraft() {
        Article a = in(ArticleStatus.PUBLISHED);
        a.withdraw("Thông tin chưa chính xác");
        assertThat(a.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(a.publishedAt()).isNull();
        assertThatThrownBy(() -> in(ArticleStatus.DRAFT).withdraw(null)).isInstanceOf(RefusedException.class);
    }
}
