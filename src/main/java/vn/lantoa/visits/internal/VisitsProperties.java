package vn.lantoa.visits.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code lantoa.visits.*}.
 *
 * @param enabled whether page views are counted at all (the widget and reports stay)
 * @param trustForwardedFor take the client address from {@code X-Forwarded-For}; only behind a proxy
 * @param flushInterval how often a node adds its in-memory counts to the database
 * @param visitGap silence after which a page view starts a new visit
 * @param onlineWindow a visitor seen within this window is "online now"
 * @param cacheTtl how long the figures read from the database are reused
 * @param lastSeenHold how long after writing a visitor's {@code last_seen} this node may keep that
 *     visitor's later views in memory before writing it again ({@code 0} writes at every flush).
 *     The database is then at most this plus one flush interval behind, so this must stay well
 *     below the online window (else "online now" would drop a reader too early) and the visit gap
 *     (else a reader could start a false new visit on another node): at most half of either
 * @param countedBy what a page view is: the page's own request ({@code page}), or the request the
 *     page's script makes for the counter's figures ({@code script}), for a site behind a shared
 *     HTTP cache that answers pages without asking the app (docs/proxy-cache.md)
 */
@ConfigurationProperties("lantoa.visits")
public record VisitsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("false") boolean trustForwardedFor,
        @DefaultValue("1s") Duration flushInterval,
        @DefaultValue("30m") Duration visitGap,
        @DefaultValue("5m") Duration onlineWindow,
        @DefaultValue("1s") Duration cacheTtl,
        @DefaultValue("1m") Duration lastSeenHold,
        @DefaultValue("page") CountedBy countedBy) {

    public enum CountedBy {
        PAGE,
        SCRIPT
    }

    public VisitsProperties {
        Duration bound = onlineWindow.compareTo(visitGap) < 0 ? onlineWindow : visitGap;
        if (lastSeenHold.isNegative() || lastSeenHold.compareTo(bound.dividedBy(2)) > 0) {
            throw new IllegalArgumentException("lantoa.visits.last-seen-hold must be between 0 and half the online"
                    + " window and the visit gap: " + lastSeenHold);
        }
    }
}
