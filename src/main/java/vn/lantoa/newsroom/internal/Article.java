package vn.lantoa.newsroom.internal;

import java.time.Instant;
import vn.lantoa.platform.ConflictException;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.RefusedException;

/**
 * The article aggregate: its content and its place in the workflow. State changes are methods
 * that refuse illegal transitions; each returns the transition to record.
 */
public final class Article {

    private final Long id;
    private final long siteId;
    private String slug;
    private ArticleContent content;
    private ArticleStatus status;
    private Instant publishedAt;
    private Instant scheduledAt;
    private final int version;

    public Article(
            Long id,
            long siteId,
            String slug,
            ArticleContent content,
            ArticleStatus status,
            Instant publishedAt,
            Instant scheduledAt,
            int version) {
        this.id = id;
        this.siteId = siteId;
        this.slug = slug;
        this.content = content;
        this.status = status;
        this.publishedAt = publishedAt;
        this.scheduledAt = scheduledAt;
        this.version = version;
    }

    public static Article draft(long siteId, String slug, ArticleContent content) {
        return new Article(null, siteId, slug, content, ArticleStatus.DRAFT, null, null, 0);
    }

    /** A recorded change of state; {@code dueAt} is the scheduled time when the scheduler published. */
    public record Transition(
            WorkflowAction action, ArticleStatus from, ArticleStatus to, String comment, Instant dueAt) {}

    public void edit(ArticleContent newContent) {
        this.content = newContent;
    }

    public void changeSlug(String newSlug) {
        this.slug = newSlug;
    }

    public Transition submit() {
        return move(WorkflowAction.SUBMIT, ArticleStatus.DRAFT, ArticleStatus.SUBMITTED, null);
    }

    /** Approves; with a time, the article is scheduled and appears by itself at that time. */
    public Transition approve(Instant publishAt, Instant now) {
        requireFuture(publishAt, now);
        Transition t = move(WorkflowAction.APPROVE, ArticleStatus.SUBMITTED, ArticleStatus.APPROVED, null);
        this.scheduledAt = publishAt;
        return t;
    }

    /** Sets or clears the publish time of an approved article. */
    public Transition schedule(Instant publishAt, Instant now) {
        requireStatus(WorkflowAction.SCHEDULE, ArticleStatus.APPROVED);
        requireFuture(publishAt, now);
        this.scheduledAt = publishAt;
        return new Transition(WorkflowAction.SCHEDULE, status, status, null, publishAt);
    }

    public Transition publish(Instant now) {
        Transition t = move(WorkflowAction.PUBLISH, ArticleStatus.APPROVED, ArticleStatus.PUBLISHED, null);
        this.publishedAt = now;
        this.scheduledAt = null;
        return t;
    }

    /** The scheduler's publication: the article appears with its scheduled time, or now if that is later. */
    public Transition publishAsScheduled(Instant now) {
        if (status != ArticleStatus.APPROVED || scheduledAt == null || scheduledAt.isAfter(now)) {
            throw new ConflictException("newsroom.error.notDue");
        }
        Instant due = scheduledAt;
        Transition t = move(WorkflowAction.PUBLISH, ArticleStatus.APPROVED, ArticleStatus.PUBLISHED, null);
        this.publishedAt = now;
        this.scheduledAt = null;
        return new Transition(t.action(), t.from(), t.to(), null, due);
    }

    /** Back to the writer with comments (which are required). */
    public Transition returnWithComments(String comment) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("newsroom.error.commentRequired");
        }
        if (status != ArticleStatus.SUBMITTED && status != ArticleStatus.APPROVED) {
            throw illegal(WorkflowAction.RETURN);
        }
        ArticleStatus from = status;
        this.status = ArticleStatus.DRAFT;
        this.scheduledAt = null;
        return new Transition(WorkflowAction.RETURN, from, ArticleStatus.DRAFT, comment.strip(), null);
    }

    /** Takes a published article off the site; it goes back to draft. */
    public Transition withdraw(String comment) {
        Transition t = move(WorkflowAction.WITHDRAW, ArticleStatus.PUBLISHED, ArticleStatus.DRAFT, comment);
        this.publishedAt = null;
        return t;
    }

    private Transition move(WorkflowAction action, ArticleStatus from, ArticleStatus to, String comment) {
        requireStatus(action, from);
        this.status = to;
        return new Transition(action, from, to, comment == null || comment.isBlank() ? null : comment.strip(), null);
    }

    private void requireStatus(WorkflowAction action, ArticleStatus expected) {
        if (status != expected) {
            throw illegal(action);
        }
    }

    private RefusedException illegal(WorkflowAction action) {
        return new ConflictException(
                "newsroom.error.illegalTransition", "newsroom.action." + action.code(), "newsroom.status." + status);
    }

    private static void requireFuture(Instant publishAt, Instant now) {
        if (publishAt != null && !publishAt.isAfter(now)) {
            throw new InvalidInputException("newsroom.error.scheduleInPast");
        }
    }

    public Long id() {
        return id;
    }

    public long siteId() {
        return siteId;
    }

    public String slug() {
        return slug;
    }

    public ArticleContent content() {
        return content;
    }

    public ArticleStatus status() {
        return status;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public int version() {
        return version;
    }
}
