package vn.lantoa.sharing;

import java.time.Instant;

/**
 * A logged action as the statistics read it: what, where, when and in which state, without the
 * links or the text.
 *
 * @param topicId the topic of the action's campaign, {@code null} without a campaign
 * @param sourceName the official source of the shared or cited article, {@code null} without one
 */
public record ActionFact(
        long actionId,
        ActionKind kind,
        long memberId,
        long unitId,
        Long campaignId,
        Long topicId,
        String platform,
        String sourceName,
        boolean articleOfficial,
        ActionState state,
        Instant at) {}
