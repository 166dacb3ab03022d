package vn.lantoa.newsroom.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.newsroom.ArticleChanged;
import vn.lantoa.newsroom.ArticlePublished;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.ConflictException;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.platform.Role;

/**
 * Writing and the editorial workflow, the one entry for the back office and the JSON API: every
 * save keeps a revision, every transition is recorded and audited, and the portal hears of every
 * change it shows.
 */
@Service
public class ArticleService {

    static final String SYSTEM = "system";
    private final ArticleRepository articles;
    private final ContentRules rules;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ArticleService(ArticleRepository articles, ContentRules rules, ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.rules = rules;
        this.events = events;
        this.clock = clock;
    }

    public Article get(long id) {
        return articles.find(id).orElseThrow(() -> new NotFoundException("newsroom.error.notFound"));
    }

    /** A new draft; with a {@code clientKey} a repeated request returns the first article instead. */
    @Transactional
    public long create(long siteId, ArticleContent input, String clientKey, CurrentUser user) {
        require(user, Role.EDITOR);
        return createFor(siteId, input, clientKey, user);
    }

    /**
     * A new draft started on behalf of another module that checked its own rules (a HANDLER of
     * reports starts a refutation draft); the same checks, sanitising, revision and audit as
     * {@link #create}, and the newsroom's workflow from there on.
     */
    @Transactional
    public long createFor(long siteId, ArticleContent input, String clientKey, CurrentUser user) {
        if (user == null) {
            throw new NotSignedInException("newsroom.error.signIn");
        }
        if (clientKey != null) {
            Optional<Long> existing = articles.findByClientKey(clientKey);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        ArticleContent content = rules.normalise(siteId, input);
        Instant now = clock.instant();
        String slug = Slugs.unique(content.title(), s -> articles.slugTaken(siteId, s, null));
        long id = articles.insert(Article.draft(siteId, slug, content), clientKey, now);
        articles.addRevision(id, content, user.username(), now, null);
        events.publishEvent(AuditEvent.of("article.create", "article", id, content.title()));
        return id;
    }

    /** Saves an edit made on {@code version}; refuses it when somebody saved in between. */
    @Transactional
    public void update(long id, Integer version, ArticleContent input, CurrentUser user) {
        Article article = articles.lock(id).orElseThrow(() -> new NotFoundException("newsroom.error.notFound"));
        requireEditable(user, article);
        if (version != null && version != article.version()) {
            throw new ConflictException("newsroom.error.staleVersion");
        }
        save(article, rules.normalise(article.siteId(), input), user, null);
    }

    /** Puts the text of an old revision back; that makes a new revision. */
    @Transactional
    public void restore(long id, int number, CurrentUser user) {
        Article article = articles.lock(id).orElseThrow(() -> new NotFoundException("newsroom.error.notFound"));
        requireEditable(user, article);
        ArticleRepository.Revision r =
                articles.revision(id, number).orElseThrow(() -> new NotFoundException("newsroom.error.notFound"));
        ArticleContent restored = article.content().withText(r.title(), r.summary(), r.bodyHtml());
        save(article, rules.normalise(article.siteId(), restored), user, "restored:" + number);
    }

    private void save(Article article, ArticleContent content, CurrentUser user, String note) {
        Instant now = clock.instant();
        // A published article keeps its URL; before that the slug follows the title.
        if (article.status() != ArticleStatus.PUBLISHED
                && !Objects.equals(content.title(), article.content().title())) {
            article.changeSlug(
                    Slugs.unique(content.title(), s -> articles.slugTaken(article.siteId(), s, article.id())));
        }
        article.edit(content);
        if (!articles.update(article, now)) {
            throw new ConflictException("newsroom.error.staleVersion");
        }
        int number = articles.addRevision(article.id(), content, user.username(), now, note);
        events.publishEvent(
                AuditEvent.of("article.update", "article", article.id(), content.title() + " (rev " + number + ")"));
        if (article.status() == ArticleStatus.PUBLISHED) {
            events.publishEvent(new ArticleChanged(article.id(), article.siteId(), true));
        }
    }

    /**
     * Moves the article in the workflow. Repeating a move that is already done (submit, approve,
     * publish) changes nothing and answers the article as it is.
     */
    @Transactional
    public Article transition(long id, WorkflowAction action, String comment, Instant publishAt, CurrentUser user) {
        require(user, Role.values());
        if (!action.allowedFor(user.roles())) {
            throw new ForbiddenException("newsroom.error.forbidden");
        }
        Article article = articles.lock(id).orElseThrow(() -> new NotFoundException("newsroom.error.notFound"));
        if (alreadyDone(article, action, publishAt)) {
            return article;
        }
        Instant now = clock.instant();
        Article.Transition t = switch (action) {
            case SUBMIT -> article.submit();
            case APPROVE -> article.approve(publishAt, now);
            case SCHEDULE -> article.schedule(publishAt, now);
            case PUBLISH -> article.publish(now);
            case RETURN -> article.returnWithComments(comment);
            case WITHDRAW -> article.withdraw(comment);
        };
        Article.Transition recorded = t.comment() == null && comment != null && !comment.isBlank()
                ? new Article.Transition(t.action(), t.from(), t.to(), comment.strip(), t.dueAt())
                : t;
        record(article, recorded, user.username(), now);
        return articles.find(id).orElseThrow();
    }

    /** Publishes approved articles whose time has come; returns how many. Safe on several nodes at once. */
    @Transactional
    public int publishDue(int limit) {
        Instant now = clock.instant();
        int count = 0;
        for (Article article : articles.lockDue(now, limit)) {
            record(article, article.publishAsScheduled(now), SYSTEM, now);
            count++;
        }
        return count;
    }

    private void record(Article article, Article.Transition t, String actor, Instant now) {
        if (!articles.update(article, now)) {
            throw new ConflictException("newsroom.error.staleVersion");
        }
        articles.addTransition(article.id(), t, actor, now);
        String detail = article.content().title() + (t.comment() == null ? "" : " — " + t.comment());
        events.publishEvent(AuditEvent.of("article." + t.action().code(), "article", article.id(), detail));
        if (t.to() == ArticleStatus.PUBLISHED) {
            events.publishEvent(new ArticlePublished(article.id(), article.siteId(), article.slug()));
        } else if (t.from() == ArticleStatus.PUBLISHED) {
            events.publishEvent(new ArticleChanged(article.id(), article.siteId(), false));
        }
    }

    private static boolean alreadyDone(Article a, WorkflowAction action, Instant publishAt) {
        return switch (action) {
            case SUBMIT -> a.status() == ArticleStatus.SUBMITTED;
            case APPROVE -> a.status() == ArticleStatus.APPROVED && Objects.equals(publishAt, a.scheduledAt());
            case PUBLISH -> a.status() == ArticleStatus.PUBLISHED;
            default -> false;
        };
    }

    private static void requireEditable(CurrentUser user, Article article) {
        if (article.status() == ArticleStatus.DRAFT) {
            require(user, Role.EDITOR, Role.REVIEWER);
        } else {
            require(user, Role.REVIEWER);
        }
    }

    static void require(CurrentUser user, Role... roles) {
        if (user == null) {
            throw new NotSignedInException("newsroom.error.signIn");
        }
        if (user.isAdmin() || Set.of(roles).stream().anyMatch(user::has)) {
            return;
        }
        throw new ForbiddenException("newsroom.error.forbidden");
    }
}
