package vn.lantoa.sharing;

import java.time.Instant;

/** A member logged a share or a rebuttal (not published for duplicates or replays). */
public record ActionLogged(
        long actionId,
        ActionKind kind,
        long memberId,
        long unitId,
        Long campaignId,
        String platform,
        boolean articleOfficial,
        ActionState state,
        Instant at) {}
