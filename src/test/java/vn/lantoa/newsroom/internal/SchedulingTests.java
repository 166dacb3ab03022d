package vn.lantoa.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.ArticleChanged;
import vn.lantoa.newsroom.ArticlePublished;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.MutableClock;
import vn.lantoa.platform.RefusedException;
import vn.lantoa.platform.Role;

/**
 * Workflow and scheduling through the service with a clock the test moves; the test runs the
 * scheduler's step ({@code publishDue}) itself, as the timer and the catch-up at start do. The clock starts a day
 * ahead of real time, so the schedulers of other test contexts (real clock) never touch these rows.
 */
@LanToaIntegrationTest
@Import(SchedulingTests.Config.class)
// This context's clock runs a day ahead: its own timer stays off so it never publishes other tests' rows.
@TestPropertySource(properties = "lantoa.newsroom.scheduler.enabled=false")
class SchedulingTests {

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        MutableClock newsroomTestClock() {
            return new MutableClock(Instant.now().plus(Duration.ofDays(1)));
        }

        @Bean
        Events newsroomTestEvents() {
            return new Events();
        }
    }

    static class Events {
        final List<Object> seen = new CopyOnWriteArrayList<>();

        @EventListener
        void on(ArticlePublished e) {
            seen.add(e);
        }

        @EventListener
        void on(ArticleChanged e) {
            seen.add(e);
        }

        @EventListener
        void on(AuditEvent e) {
            seen.add(e);
        }
    }

    static final CurrentUser EDITOR = new CurrentUser(9001, "bientap", "Biên tập", Set.of(Role.EDITOR), null);
    static final CurrentUser REVIEWER = new CurrentUser(9002, "kiemduyet", "Kiểm duyệt", Set.of(Role.REVIEWER), null);

    @Autowired
    MutableClock clock;

    @Autowired
    Clock injected;

    @Autowired
    Events events;

    @Autowired
    ArticleService articles;

    @Autowired
    ArticleQueries queries;

    @Autowired
    ArticleCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    long site;
    long category;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        site = catalog.siteForHost("localhost").orElseThrow().id();
        category = catalog.categories(site).getFirst().id();
    }

    long submittedArticle(String title) {
        long id = articles.create(site, content(title), null, EDITOR);
        articles.transition(id, WorkflowAction.SUBMIT, null, null, EDITOR);
        return id;
    }

    ArticleContent content(String title) {
        return new ArticleContent(
                title, "Sapo", "<p>Thân bài</p>", category, null, null, null, null, null, null, null, null, List.of());
    }

    @Test
    void theApplicationUsesTheTestClock() {
        assertThat(injected.instant()).isEqualTo(clock.instant());
    }

    @Test
    void anApprovedArticleAppearsByItselfAtItsTimeAndOnlyOnce() throws Exception {
        long id = submittedArticle("Hẹn giờ: Lễ kỷ niệm ngày thành lập Mặt trận " + UUID.randomUUID());
        Instant due = clock.instant().plus(Duration.ofMinutes(10));
        articles.transition(id, WorkflowAction.APPROVE, null, due, REVIEWER);
        events.seen.clear();

        clock.advance(Duration.ofMinutes(9));
        articles.publishDue(50);
        assertThat(articles.get(id).status()).isEqualTo(ArticleStatus.APPROVED);

        clock.advance(Duration.ofMinutes(1).plusSeconds(20)); // one scheduler period after the time
        try (var pool = Executors.newFixedThreadPool(4)) {
            List<Future<Integer>> runs = List.of(
                    pool.submit(() -> articles.publishDue(50)),
                    pool.submit(() -> articles.publishDue(50)),
                    pool.submit(() -> articles.publishDue(50)),
                    pool.submit(() -> articles.publishDue(50)));
            for (Future<Integer> run : runs) {
                run.get();
            }
        }
        articles.publishDue(50);

        Article published = articles.get(id);
        assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(Duration.between(due, published.publishedAt())).isBetween(Duration.ZERO, Duration.ofMinutes(1));
        assertThat(jdbc.sql("SELECT count(*) FROM news_transition WHERE article_id = ? AND action = 'PUBLISH'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(events.seen.stream()
                        .filter(e -> e instanceof ArticlePublished p && p.articleId() == id)
                        .count())
                .isEqualTo(1);
    }

    @Test
    void aScheduleMissedWhileTheAppWasDownIsPublishedOnTheNextRunAndShown() {
        long id = submittedArticle("Lỡ lịch: Hội thi tuyên truyền viên giỏi " + UUID.randomUUID());
        Instant due = clock.instant().plus(Duration.ofMinutes(5));
        articles.transition(id, WorkflowAction.APPROVE, null, due, REVIEWER);

        clock.advance(Duration.ofHours(3)); // the application was down
        assertThat(queries.missedSchedules(clock.instant()))
                .anySatisfy(m -> assertThat(m.id()).isEqualTo(id));

        articles.publishDue(50);
        assertThat(articles.get(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(queries.missedSchedules(clock.instant())).anySatisfy(m -> {
            assertThat(m.id()).isEqualTo(id);
            assertThat(m.dueAt()).isEqualTo(due);
            assertThat(m.publishedAt()).isNotNull();
        });
    }

    @Test
    void aReturnedArticleGoesBackToDraftWithTheCommentInItsTrail() {
        long id = submittedArticle("Trả lại: Tin hoạt động chi bộ " + UUID.randomUUID());
        assertThatThrownBy(() -> articles.transition(id, WorkflowAction.RETURN, "Sửa", null, EDITOR))
                .isInstanceOf(RefusedException.class);
        articles.transition(id, WorkflowAction.RETURN, "Bổ sung ảnh và nguồn", null, REVIEWER);
        assertThat(articles.get(id).status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(jdbc.sql("SELECT comment FROM news_transition WHERE article_id = ? AND action = 'RETURN'")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("Bổ sung ảnh và nguồn");
    }

    @Test
    void editingAPublishedArticleOrWithdrawingItTellsThePortal() {
        long id = submittedArticle("Sửa sau xuất bản " + UUID.randomUUID());
        articles.transition(id, WorkflowAction.APPROVE, null, null, REVIEWER);
        articles.transition(id, WorkflowAction.PUBLISH, null, null, REVIEWER);
        String slug = articles.get(id).slug();
        events.seen.clear();

        articles.update(id, null, content("Tiêu đề mới hoàn toàn"), REVIEWER);
        assertThat(articles.get(id).slug()).as("a published URL stays").isEqualTo(slug);
        articles.transition(id, WorkflowAction.WITHDRAW, "Sai số liệu", null, REVIEWER);

        assertThat(events.seen)
                .contains(new ArticleChanged(id, site, true), new ArticleChanged(id, site, false))
                .anySatisfy(e -> assertThat(e)
                        .isInstanceOfSatisfying(
                                AuditEvent.class, a -> assertThat(a.action()).isEqualTo("article.withdraw")));
    }

    @Test
    void restoringARevisionMakesANewOne() {
        long id = articles.create(site, content("Phiên bản " + UUID.randomUUID()), null, EDITOR);
        var first = articles.get(id).content();
        articles.update(id, null, first.withText(first.title(), "Sapo hai", "<p>Thân bài hai</p>"), EDITOR);
        articles.restore(id, 1, EDITOR);
        assertThat(articles.get(id).content().bodyHtml()).isEqualTo("<p>Thân bài</p>");
        assertThat(jdbc.sql("SELECT count(*) FROM news_revision WHERE article_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }
}
