package vn.lantoa.sharing.internal;

import static vn.lantoa.platform.DomainMeters.tag;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.lantoa.sharing.ActionKind;
import vn.lantoa.sharing.ActionState;

/**
 * The sharing module's meters (docs/metrics.md): every submission a member logs, by kind and
 * outcome, and the duplicates caught. Tags are fixed small sets, never a member, unit or link.
 * Every combination is registered at start, so a dashboard shows zero rather than nothing.
 */
@Component
public class SharingMetrics {

    public static final String ACTIONS = "lantoa.sharing.actions";
    public static final String DUPLICATES = "lantoa.sharing.duplicates";

    /** What became of a submission. */
    enum Outcome {
        VERIFIED,
        SELF_REPORTED,
        DUPLICATE,
        REPLAYED,
        REFUSED
    }

    /** How a second submission of the same thing was recognised. */
    enum CaughtBy {
        LINK,
        IDEMPOTENCY_KEY
    }

    private final Map<ActionKind, Map<Outcome, Counter>> actions = new EnumMap<>(ActionKind.class);
    private final Map<ActionKind, Map<CaughtBy, Counter>> duplicates = new EnumMap<>(ActionKind.class);

    SharingMetrics(MeterRegistry registry) {
        for (ActionKind kind : ActionKind.values()) {
            Map<Outcome, Counter> byOutcome = new HashMap<>();
            for (Outcome outcome : Outcome.values()) {
                byOutcome.put(
                        outcome,
                        Counter.builder(ACTIONS)
                                .description("Shares and rebuttals members logged, by kind and outcome")
                                .tag("kind", tag(kind))
                                .tag("outcome", tag(outcome))
                                .register(registry));
            }
            actions.put(kind, byOutcome);
            Map<CaughtBy, Counter> byWay = new HashMap<>();
            for (CaughtBy way : CaughtBy.values()) {
                byWay.put(
                        way,
                        Counter.builder(DUPLICATES)
                                .description("Repeated submissions counted once, by how they were recognised")
                                .tag("kind", tag(kind))
                                .tag("caught_by", tag(way))
                                .register(registry));
            }
            duplicates.put(kind, byWay);
        }
    }

    /** A submission that was answered (after its transaction committed). */
    void logged(ActionKind kind, LogResult result) {
        Outcome outcome;
        if (result.replayed()) {
            outcome = Outcome.REPLAYED;
            duplicates.get(kind).get(CaughtBy.IDEMPOTENCY_KEY).increment();
        } else if (result.duplicate()) {
            outcome = Outcome.DUPLICATE;
            duplicates.get(kind).get(CaughtBy.LINK).increment();
        } else {
            outcome = result.action().state() == ActionState.VERIFIED ? Outcome.VERIFIED : Outcome.SELF_REPORTED;
        }
        actions.get(kind).get(outcome).increment();
    }

    /** A submission refused with a reason (bad link, not a member, campaign closed, …). */
    void refused(ActionKind kind) {
        actions.get(kind).get(Outcome.REFUSED).increment();
    }
}
