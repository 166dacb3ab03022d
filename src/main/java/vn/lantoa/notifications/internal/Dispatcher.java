package vn.lantoa.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.lantoa.notifications.OneTimeLinks;
import vn.lantoa.platform.LanToaProperties;

/**
 * Sends what is due, on every node that has it enabled: plans new notices, claims a batch of due
 * deliveries (no other node or thread can claim them), sends each through its channel and records
 * the outcome. A failed try is retried later with a doubling pause, and given up after
 * {@code max-attempts}; the notice itself is never lost (the admin can send it again). A one-time
 * link is made by its module just before each try, so the outbox never holds it.
 */
@Component
@ConditionalOnProperty(name = "lantoa.notifications.dispatcher.enabled", havingValue = "true", matchIfMissing = true)
class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int MAX_ROUNDS = 50;
    static final String LINK_GONE = "the one-time link no longer applies (used, replaced or expired)";

    private final DeliveryPlanner planner;
    private final DeliveryQueue queue;
    private final Map<Channel, ChannelSender> senders;
    private final Map<String, OneTimeLinks> oneTimeLinks;
    private final NotificationProperties.Dispatcher settings;
    private final Backoff backoff;
    private final String baseUrl;
    private final Clock clock;
    private final NotificationsMetrics metrics;

    Dispatcher(
            DeliveryPlanner planner,
            DeliveryQueue queue,
            List<ChannelSender> senders,
            List<OneTimeLinks> oneTimeLinks,
            NotificationProperties properties,
            LanToaProperties site,
            Clock clock,
            NotificationsMetrics metrics) {
        this.planner = planner;
        this.queue = queue;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.oneTimeLinks = oneTimeLinks.stream().collect(Collectors.toMap(OneTimeLinks::kind, Function.identity()));
        this.settings = properties.dispatcher();
        this.backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
        this.baseUrl = site.site().baseUrl();
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(
            fixedDelayString = "${lantoa.notifications.dispatcher.interval:10s}",
            initialDelayString = "${lantoa.notifications.dispatcher.interval:10s}")
    void run() {
        try {
            for (int round = 0; round < MAX_ROUNDS && runOnce() == settings.batchSize(); round++) {
                // a full batch: more may be due
            }
        } catch (RuntimeException e) {
            log.warn("Notification dispatch failed; retrying on the next run", e);
        }
    }

    /** One round: plans new notices, then claims and sends one batch. Returns how many were claimed. */
    int runOnce() {
        planner.plan(settings.batchSize() * 5);
        Instant now = clock.instant();
        List<DeliveryQueue.Claimed> claimed = queue.claim(now, now.plus(settings.lease()), settings.batchSize());
        claimed.forEach(this::deliver);
        return claimed.size();
    }

    private void deliver(DeliveryQueue.Claimed d) {
        ChannelSender sender = senders.get(d.channel());
        if (sender == null || !sender.enabled()) {
            queue.skipped(
                    d.id(), sender == null ? d.channel() + " is not available" : sender.offReason(), clock.instant());
            metrics.skipped(d.channel());
            return;
        }
        try {
            String link = d.delivery().link();
            if (d.linkKind() != null) {
                Optional<String> made = mint(d.linkKind(), d.linkRef());
                if (made.isEmpty()) {
                    queue.skipped(d.id(), LINK_GONE, clock.instant());
                    metrics.skipped(d.channel());
                    return;
                }
                link = made.get();
            }
            sender.send(d.delivery().withLink(NoticeLinks.absolute(baseUrl, link)));
            queue.sent(d.id(), clock.instant());
            metrics.sent(d.channel(), d.attempt());
        } catch (DeliveryFailure e) {
            failed(d, e.getMessage(), e.permanent());
        } catch (RuntimeException e) {
            failed(d, e.getClass().getSimpleName() + ": " + e.getMessage(), false);
        }
    }

    /** A fresh one-time link from the module of its kind; empty when it no longer applies. */
    private Optional<String> mint(String kind, String reference) {
        OneTimeLinks maker = oneTimeLinks.get(kind);
        if (maker == null) {
            throw new IllegalStateException("No maker of one-time links of kind " + kind);
        }
        return maker.mint(reference);
    }

    private void failed(DeliveryQueue.Claimed d, String error, boolean permanent) {
        Instant now = clock.instant();
        if (permanent || d.attempt() >= settings.maxAttempts()) {
            log.warn(
                    "Notification delivery {} by {} given up after {} tries: {}",
                    d.id(),
                    d.channel(),
                    d.attempt(),
                    error);
            queue.failed(d.id(), error, now);
            metrics.failed(d.channel(), d.attempt());
        } else {
            queue.retryAt(d.id(), error, now.plus(backoff.after(d.attempt())), now);
            metrics.retry(d.channel());
        }
    }
}
