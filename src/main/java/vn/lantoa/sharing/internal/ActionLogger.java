package vn.lantoa.sharing.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.VietnameseText;
import vn.lantoa.sharing.ActionKind;
import vn.lantoa.sharing.ActionLogged;
import vn.lantoa.sharing.ActionState;

/**
 * Records what a member says they did. Each submission is checked at once (canonical link,
 * platform, official article, duplicate) and acknowledged only after it is committed. The same
 * post in any link variant counts once; the same idempotency key returns the first answer.
 */
@Service
public class ActionLogger {

    /** What a member submits to log a share. */
    public record ShareRequest(String postUrl, String articleUrl, Long campaignId) {}

    /** What a member submits to log a rebuttal comment they posted. */
    public record RebuttalRequest(
            String commentUrl, String targetUrl, String text, String citedArticleUrl, Long campaignId) {}

    static final int MAX_TEXT = 5_000;
    static final int MAX_KEY = 100;

    private final ActionRepository actions;
    private final CampaignTargeting campaigns;
    private final MemberDirectory members;
    private final LinkInspector links;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SharingMetrics metrics;

    ActionLogger(
            ActionRepository actions,
            CampaignTargeting campaigns,
            MemberDirectory members,
            LinkInspector links,
            ApplicationEventPublisher events,
            TransactionTemplate transaction,
            Clock clock,
            SharingMetrics metrics) {
        this.actions = actions;
        this.campaigns = campaigns;
        this.members = members;
        this.links = links;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.metrics = metrics;
    }

    public LogResult logShare(CurrentUser user, ShareRequest request, String idempotencyKey) {
        return metered(ActionKind.SHARE, () -> share(user, request, idempotencyKey));
    }

    public LogResult logRebuttal(CurrentUser user, RebuttalRequest request, String idempotencyKey) {
        return metered(ActionKind.REBUTTAL, () -> rebuttal(user, request, idempotencyKey));
    }

    private LogResult metered(ActionKind kind, java.util.function.Supplier<LogResult> logging) {
        LogResult result;
        try {
            result = logging.get();
        } catch (SharingException e) {
            metrics.refused(kind);
            throw e;
        }
        metrics.logged(kind, result);
        return result;
    }

    private LogResult share(CurrentUser user, ShareRequest request, String idempotencyKey) {
        MemberDirectory.Membership member = memberOf(user);
        return once(member, idempotencyKey, () -> {
            InspectedLink post = links.inspect("postUrl", request.postUrl());
            CampaignArticleChoice article =
                    articleFor(member, request.campaignId(), request.articleUrl(), "articleUrl");
            return new Draft(ActionKind.SHARE, post.canonical(), post, article, null);
        });
    }

    private LogResult rebuttal(CurrentUser user, RebuttalRequest request, String idempotencyKey) {
        MemberDirectory.Membership member = memberOf(user);
        return once(member, idempotencyKey, () -> {
            String text = VietnameseText.nfc(
                    request.text() == null ? "" : request.text().strip());
            if (text.isEmpty()) {
                throw new SharingException("text", "sharing.error.textRequired");
            }
            if (text.length() > MAX_TEXT) {
                throw new SharingException("text", "sharing.error.textTooLong", MAX_TEXT);
            }
            InspectedLink target = links.inspect("targetUrl", request.targetUrl());
            boolean hasComment =
                    request.commentUrl() != null && !request.commentUrl().isBlank();
            InspectedLink post = hasComment ? links.inspect("commentUrl", request.commentUrl()) : target;
            CampaignArticleChoice cited =
                    articleFor(member, request.campaignId(), request.citedArticleUrl(), "citedArticleUrl");
            // Without a link to the comment itself, the same text on the same post by the same member is the duplicate.
            String key = hasComment
                    ? post.canonical()
                    : target.canonical() + "#member=" + member.memberId() + "#text="
                            + sha256(VietnameseText.fold(text));
            return new Draft(ActionKind.REBUTTAL, key, post, cited, text);
        });
    }

    private record CampaignArticleChoice(Long campaignId, InspectedLink article, String sourceName) {}

    private record Draft(
            ActionKind kind, String dedupKey, InspectedLink post, CampaignArticleChoice article, String text) {}

    private interface DraftMaker {
        Draft make();
    }

    private LogResult once(MemberDirectory.Membership member, String idempotencyKey, DraftMaker maker) {
        String key = normaliseKey(idempotencyKey);
        Draft draft;
        try {
            draft = maker.make();
        } catch (SharingException e) {
            // A retry of a submission that was logged gets the first answer, even if it would not pass now.
            Optional<LogResult> replay = key == null ? Optional.empty() : replay(member.memberId(), key);
            return replay.orElseThrow(() -> e);
        }
        try {
            return transaction.execute(status -> record(member, key, draft));
        } catch (KeyAlreadyUsed e) {
            // A retry, or a concurrent request with the same idempotency key that committed first.
            return replay(member.memberId(), key).orElseThrow();
        }
    }

    private Optional<LogResult> replay(long memberId, String key) {
        return actions.actionOfIdempotencyKey(memberId, key)
                .flatMap(remembered ->
                        actions.find(remembered.actionId()).map(a -> new LogResult(a, remembered.duplicate(), true)));
    }

    private LogResult record(MemberDirectory.Membership member, String idempotencyKey, Draft draft) {
        Instant now = clock.instant();
        InspectedLink article = draft.article().article();
        boolean official = article != null && article.official();
        ActionState state;
        String reason;
        if (!draft.post().recognisedPlatform()) {
            state = ActionState.SELF_REPORTED;
            reason = "sharing.reason.unknownPlatform";
        } else if (draft.kind() == ActionKind.SHARE && !official) {
            state = ActionState.SELF_REPORTED;
            reason = article == null ? "sharing.reason.noArticle" : "sharing.reason.notOfficial";
        } else {
            state = ActionState.VERIFIED;
            reason = null;
        }
        // One statement remembers the idempotency key, claims the post's dedup key and writes the action.
        ActionRepository.Insertion insertion = actions.insertIfNew(
                new ActionRepository.NewAction(
                        draft.kind(),
                        member.memberId(),
                        member.unitId(),
                        draft.article().campaignId(),
                        draft.post().input(),
                        draft.post().canonical(),
                        draft.post().platform(),
                        article == null ? null : article.input(),
                        article == null ? null : article.canonical(),
                        official,
                        draft.article().sourceName(),
                        draft.text(),
                        state,
                        reason,
                        now),
                draft.dedupKey(),
                idempotencyKey);
        if (insertion.keyTaken()) {
            throw new KeyAlreadyUsed();
        }
        if (insertion.inserted().isEmpty()) {
            // Already logged (maybe by a request that committed a moment ago): a duplicate, counted once.
            ActionView existing =
                    actions.holderOfKey(draft.kind(), draft.dedupKey()).orElseThrow();
            if (idempotencyKey != null) {
                actions.rememberDuplicate(member.memberId(), idempotencyKey, existing.id());
            }
            return new LogResult(existing, true, false);
        }
        ActionView view = insertion.inserted().get();
        events.publishEvent(new ActionLogged(
                view.id(),
                draft.kind(),
                member.memberId(),
                member.unitId(),
                draft.article().campaignId(),
                draft.post().platform(),
                official,
                state,
                now));
        return new LogResult(view, false, false);
    }

    private CampaignArticleChoice articleFor(
            MemberDirectory.Membership member, Long campaignId, String articleUrl, String field) {
        boolean hasUrl = articleUrl != null && !articleUrl.isBlank();
        if (campaignId == null) {
            if (!hasUrl) {
                return new CampaignArticleChoice(null, null, null);
            }
            InspectedLink article = links.inspect(field, articleUrl);
            return new CampaignArticleChoice(null, article, article.sourceName());
        }
        CampaignTargeting.Targets campaign = campaigns
                .openTo(campaignId, member, clock.instant())
                .orElseThrow(() -> new SharingException("campaignId", "sharing.error.campaignNotOpen"));
        if (!hasUrl) {
            if (campaign.articles().size() != 1) {
                throw new SharingException(field, "sharing.error.chooseArticle");
            }
            CampaignView.Article only = campaign.articles().getFirst();
            return new CampaignArticleChoice(campaignId, links.inspect(field, only.url()), only.sourceName());
        }
        InspectedLink article = links.inspect(field, articleUrl);
        CampaignView.Article chosen = campaign.byCanonical().get(article.canonical());
        if (chosen == null) {
            throw new SharingException(field, "sharing.error.notInCampaign");
        }
        return new CampaignArticleChoice(campaignId, article, chosen.sourceName());
    }

    private MemberDirectory.Membership memberOf(CurrentUser user) {
        if (user == null || user.memberId() == null) {
            throw new SharingException.NotAMember();
        }
        return members.membership(user.memberId()).orElseThrow(() -> new SharingException.NotAMember());
    }

    private static String normaliseKey(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String trimmed = key.strip();
        if (trimmed.length() > MAX_KEY) {
            throw new SharingException(null, "sharing.error.badIdempotencyKey");
        }
        return trimmed;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The member's idempotency key is already taken: a retry, or a concurrent twin that committed first. */
    private static final class KeyAlreadyUsed extends RuntimeException {
        KeyAlreadyUsed() {
            super(null, null, false, false);
        }
    }
}
