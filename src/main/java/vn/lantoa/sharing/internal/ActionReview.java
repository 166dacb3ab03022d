package vn.lantoa.sharing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.Role;
import vn.lantoa.sharing.ActionReviewed;
import vn.lantoa.sharing.ActionState;

/** Unit managers sample logged actions of their subtree and confirm or reject them by hand. */
@Service
public class ActionReview {

    static final Set<Role> MAY_REVIEW = Set.of(Role.ADMIN, Role.UNIT_MANAGER);
    static final int PAGE = 50;

    /** A row of the review queue, with who logged it. */
    public record Row(ActionView action, String memberName, String unitName) {}

    private final JdbcClient jdbc;
    private final ActionRepository actions;
    private final MemberDirectory members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActionReview(
            JdbcClient jdbc,
            ActionRepository actions,
            MemberDirectory members,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.actions = actions;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Row> queue(CurrentUser user, ActionState state, int page) {
        List<Long> scope = scope(user);
        List<ActionView> found = jdbc.sql("""
                SELECT id, kind, member_id, unit_id, campaign_id, post_url, post_canonical, platform, article_url,
                       article_canonical, article_official, source_name, rebuttal_text, state, state_reason, created_at
                  FROM shr_action WHERE unit_id IN (:units) AND state = :state
                 ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset""")
                .param("units", scope.isEmpty() ? List.of(-1L) : scope)
                .param("state", state.name())
                .param("limit", PAGE)
                .param("offset", (long) Math.max(page, 0) * PAGE)
                .query(ActionRepository::view)
                .list();
        return found.stream()
                .map(a -> {
                    var member = members.profile(a.memberId());
                    return new Row(
                            a,
                            member.map(MemberDirectory.Profile::fullName).orElse("—"),
                            member.map(MemberDirectory.Profile::unitName).orElse("—"));
                })
                .toList();
    }

    /** Confirms ({@code VERIFIED}) or rejects with a reason an action of the user's subtree; others are not found. */
    @Transactional
    public void decide(CurrentUser user, long actionId, boolean confirm, String reason) {
        ActionView action = actions.find(actionId)
                .filter(a -> scope(user).contains(a.unitId()))
                .orElseThrow(() -> new NotFoundException());
        String why = reason == null ? "" : reason.strip();
        if (!confirm && why.isEmpty()) {
            throw new SharingException("reason", "review.error.reasonRequired");
        }
        if (why.length() > 500) {
            throw new SharingException("reason", "sharing.error.textTooLong", 500);
        }
        ActionState state = confirm ? ActionState.VERIFIED : ActionState.REJECTED;
        Instant now = clock.instant();
        actions.review(action.id(), state, confirm ? null : why, user.id(), now);
        if (action.state() != state) {
            events.publishEvent(new ActionReviewed(action.id(), action.state(), state, now));
        }
        events.publishEvent(AuditEvent.of("action." + (confirm ? "verify" : "reject"), "action", action.id(), why));
    }

    List<Long> scope(CurrentUser user) {
        if (user.roles().stream().noneMatch(MAY_REVIEW::contains)) {
            throw new ForbiddenException();
        }
        if (user.isAdmin()) {
            return members.allUnits();
        }
        return user.scopeUnitId() == null ? List.of() : members.subtree(user.scopeUnitId());
    }
}
