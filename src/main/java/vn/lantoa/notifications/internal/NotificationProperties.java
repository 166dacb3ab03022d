package vn.lantoa.notifications.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code lantoa.notifications.*}. E-mail is on when {@code spring.mail.host} is set.
 *
 * @param mailFrom the sender address of e-mails (the site name is the sender's name); when empty,
 *     {@code spring.mail.username}, else {@code no-reply@} the host of {@code lantoa.site.base-url}
 * @param requireConsent whether a member is written to by e-mail or Zalo only when their record has
 *     the date they agreed to it (on by default: personal data is processed with the person's
 *     consent); the member-area inbox needs no consent
 */
@ConfigurationProperties("lantoa.notifications")
public record NotificationProperties(
        @DefaultValue Dispatcher dispatcher,
        @DefaultValue Zalo zalo,
        String mailFrom,
        @DefaultValue("true") boolean requireConsent) {

    /**
     * @param enabled whether this node delivers at all (every node may; they never send one twice)
     * @param interval pause between two rounds of the dispatcher
     * @param batchSize deliveries one round claims at most
     * @param maxAttempts tries of one delivery before it is given up as failed
     * @param initialBackoff pause after the first failed try; it doubles with each further failure
     * @param maxBackoff the longest pause between two tries
     * @param lease how long a claimed delivery is left to its node before another may take it
     */
    public record Dispatcher(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("10s") Duration interval,
            @DefaultValue("20") int batchSize,
            @DefaultValue("6") int maxAttempts,
            @DefaultValue("1m") Duration initialBackoff,
            @DefaultValue("6h") Duration maxBackoff,
            @DefaultValue("5m") Duration lease) {}

    /**
     * Zalo Notification Service (ZNS) of the department's Official Account.
     *
     * @param enabled off by default: it needs an approved template and a token
     * @param baseUrl the API's address; the template message is posted to {@code <baseUrl>/message/template}
     * @param accessToken the Official Account's access token (sent in a header, never logged)
     * @param templateId the approved template, with parameters {@code subject}, {@code body} and {@code link}
     * @param timeout time limit of one call
     */
    public record Zalo(
            @DefaultValue("false") boolean enabled,

            @DefaultValue("https://business.openapi.zalo.me")
            String baseUrl,

            String accessToken,
            String templateId,
            @DefaultValue("10s") Duration timeout) {

        @Override
        public String toString() {
            return "Zalo[enabled=" + enabled + ", baseUrl=" + baseUrl + ", accessToken="
                    + (accessToken == null ? "unset" : "***") + ", templateId=" + templateId + ", timeout=" + timeout
                    + "]";
        }
    }
}
