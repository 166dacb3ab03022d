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
 */
@ConfigurationProperties("lantoa.visits")
public record VisitsProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("false") boolean trustForwardedFor,
        @DefaultValue("1s") Duration flushInterval,
        @DefaultValue("30m") Duration visitGap,
        @DefaultValue("5m") Duration onlineWindow,
        @DefaultValue("1s") Duration cacheTtl) {}
