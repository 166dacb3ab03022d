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
        @DefaultValue Push push,
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

    /**
     * Web push (RFC 8030) with VAPID (RFC 8292), ADR 0012.
     *
     * @param enabled on by default: it needs no outside account, only a key pair
     * @param subject the VAPID contact ({@code mailto:} or {@code https:}); empty: the site's address
     * @param publicKey the VAPID public key, base64url of the uncompressed P-256 point (as
     *     {@code npx web-push generate-vapid-keys} prints it); with {@code privateKey}, or neither:
     *     then a pair is made once and stored in the database
     * @param privateKey the VAPID private key, base64url of the 32-byte scalar (never logged)
     * @param timeout time limit of one call to a push service
     * @param ttl how long a push service keeps a message for a phone that is off
     * @param subscriptionsPerHour subscription requests one account may make in a sliding hour
     * @param subscriptionsPerAccount subscriptions (phones, browsers) one account may hold
     * @param services the push services' hosts an endpoint may name ({@code *.} for any subdomain):
     *     those of Chrome and Android, Firefox, Safari and iOS, Edge
     * @param allowInsecureEndpoints tests only: accept {@code http} and loopback or private push
     *     endpoints (a local stub); in production an endpoint must be {@code https} on a public address
     */
    public record Push(
            @DefaultValue("true") boolean enabled,
            String subject,
            String publicKey,
            String privateKey,
            @DefaultValue("10s") Duration timeout,
            @DefaultValue("7d") Duration ttl,
            @DefaultValue("10") int subscriptionsPerHour,
            @DefaultValue("10") int subscriptionsPerAccount,

            @DefaultValue({
                "fcm.googleapis.com",
                "updates.push.services.mozilla.com",
                "web.push.apple.com",
                "*.push.apple.com",
                "*.notify.windows.com"
            })
            java.util.List<String> services,

            @DefaultValue("false") boolean allowInsecureEndpoints) {

        @Override
        public String toString() {
            return "Push[enabled=" + enabled + ", subject=" + subject + ", publicKey=" + publicKey + ", privateKey="
                    + (privateKey == null ? "unset" : "***") + ", timeout=" + timeout + ", ttl=" + ttl + "]";
        }
    }
}
