package vn.lantoa.statistics.internal;

import java.time.LocalDate;
import vn.lantoa.platform.Zone;
import vn.lantoa.sharing.ActionFact;
import vn.lantoa.sharing.ActionState;

/** Where one action is counted: its row of {@code stat_action}, and so its cells of the rollups. */
record RollupCell(
        long actionId,
        LocalDate day,
        long unitId,
        long memberId,
        String kind,
        long topicId,
        String platform,
        String source,
        String state) {

    static RollupCell of(ActionFact fact) {
        return new RollupCell(
                fact.actionId(),
                LocalDate.ofInstant(fact.at(), Zone.VIETNAM),
                fact.unitId(),
                fact.memberId(),
                fact.kind().name(),
                fact.topicId() == null ? 0 : fact.topicId(),
                fact.platform() == null ? "" : fact.platform(),
                fact.sourceName() == null ? "" : fact.sourceName(),
                fact.state().name());
    }

    /** Counted towards active members: every state but REJECTED. */
    boolean active() {
        return !ActionState.REJECTED.name().equals(state);
    }
}
