package vn.lantoa.sharing.internal;

import java.time.Instant;
import vn.lantoa.sharing.ActionKind;
import vn.lantoa.sharing.ActionState;

/** A logged action as the member, the API and the back office see it. */
public record ActionView(
        long id,
        ActionKind kind,
        long memberId,
        long unitId,
        Long campaignId,
        String postUrl,
        String postCanonical,
        String platform,
        String articleUrl,
        String articleCanonical,
        boolean articleOfficial,
        String sourceName,
        String rebuttalText,
        ActionState state,
        String stateReason,
        Instant createdAt) {

    /** Automatic reasons are message keys; a manager's rejection is their own words. */
    public boolean reasonIsMessageKey() {
        return stateReason != null && stateReason.startsWith("sharing.reason.");
    }
}
