package vn.lantoa.notifications.internal;

import static vn.lantoa.platform.DomainMeters.tag;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The notifications module's meters (docs/metrics.md): each try of a delivery by channel and
 * outcome, and how many tries a delivery took when it ended (sent or given up). Tags are the
 * channel and outcome only, never a recipient or notice.
 */
@Component
public class NotificationsMetrics {

    public static final String DELIVERIES = "lantoa.notifications.deliveries";
    public static final String ATTEMPTS = "lantoa.notifications.delivery.attempts";

    /** What one try came to. */
    enum Outcome {
        SENT,
        RETRY,
        FAILED,
        SKIPPED
    }

    private final Map<Channel, Map<Outcome, Counter>> deliveries = new EnumMap<>(Channel.class);
    private final Map<Channel, Map<Outcome, DistributionSummary>> attempts = new EnumMap<>(Channel.class);

    NotificationsMetrics(MeterRegistry registry) {
        for (Channel channel : Channel.values()) {
            Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
            Map<Outcome, DistributionSummary> tries = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                byOutcome.put(
                        outcome,
                        Counter.builder(DELIVERIES)
                                .description("Delivery tries by channel and outcome (retry: failed, tried again later)")
                                .tag("channel", tag(channel))
                                .tag("outcome", tag(outcome))
                                .register(registry));
            }
            for (Outcome end : new Outcome[] {Outcome.SENT, Outcome.FAILED}) {
                tries.put(
                        end,
                        DistributionSummary.builder(ATTEMPTS)
                                .description("Tries a delivery took, when it was sent or given up")
                                .tag("channel", tag(channel))
                                .tag("outcome", tag(end))
                                .serviceLevelObjectives(1, 2, 3, 4, 5, 6)
                                .register(registry));
            }
            deliveries.put(channel, byOutcome);
            attempts.put(channel, tries);
        }
    }

    void sent(Channel channel, int attempt) {
        deliveries.get(channel).get(Outcome.SENT).increment();
        attempts.get(channel).get(Outcome.SENT).record(attempt);
    }

    void retry(Channel channel) {
        deliveries.get(channel).get(Outcome.RETRY).increment();
    }

    void failed(Channel channel, int attempt) {
        deliveries.get(channel).get(Outcome.FAILED).increment();
        attempts.get(channel).get(Outcome.FAILED).record(attempt);
    }

    void skipped(Channel channel) {
        deliveries.get(channel).get(Outcome.SKIPPED).increment();
    }
}
