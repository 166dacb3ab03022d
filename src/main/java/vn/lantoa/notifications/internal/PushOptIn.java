package vn.lantoa.notifications.internal;

import java.time.Clock;
import java.util.Base64;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.InvalidInputException;

/**
 * A member turns web push on in a browser (its subscription is stored, keyed to their account) and
 * off again (the row is deleted), on one browser or all. Only accounts with a member record may
 * subscribe: notices are addressed to members.
 */
@Service
public class PushOptIn {

    private final PushSubscriptions subscriptions;
    private final PushEndpoints endpoints;
    private final PushRequestLimit limit;
    private final VapidKeyStore keys;
    private final NotificationProperties.Push settings;
    private final Clock clock;

    PushOptIn(
            PushSubscriptions subscriptions,
            PushEndpoints endpoints,
            PushRequestLimit limit,
            VapidKeyStore keys,
            NotificationProperties properties,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.endpoints = endpoints;
        this.limit = limit;
        this.keys = keys;
        this.settings = properties.push();
        this.clock = clock;
    }

    /** The VAPID public key browsers subscribe with (base64url); {@code null} when push is off. */
    public String publicKey() {
        return settings.enabled() ? keys.publicKey() : null;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /**
     * Stores this browser's subscription for the user's member record.
     *
     * @throws InvalidInputException for a malformed or refused endpoint or keys, or too many browsers
     * @throws vn.lantoa.platform.TooManyRequestsException past the hour's requests
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public void subscribe(CurrentUser user, String endpoint, String p256dh, String auth) {
        if (user.memberId() == null || !settings.enabled()) {
            throw new InvalidInputException("notifications.push.error.notMember");
        }
        limit.check(user.id());
        PushEndpoints.Checked checked = endpoints.check(endpoint, p256dh, auth);
        String url = checked.endpoint().toString();
        if (!subscriptions.holds(user.id(), url)
                && subscriptions.countOfAccount(user.id()) >= settings.subscriptionsPerAccount()) {
            throw new InvalidInputException(
                    "notifications.push.error.tooManyBrowsers", settings.subscriptionsPerAccount());
        }
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        subscriptions.save(
                user.id(),
                user.memberId(),
                url,
                b64.encodeToString(checked.p256dh()),
                b64.encodeToString(checked.auth()),
                clock.instant());
    }

    /** Deletes this browser's subscription of the user's; whether there was one. */
    @Transactional(propagation = Propagation.REQUIRED)
    public boolean unsubscribe(CurrentUser user, String endpoint) {
        return endpoint != null && subscriptions.delete(user.id(), endpoint.strip());
    }

    /** Deletes every subscription of the user's; how many. */
    @Transactional
    public int stopAll(CurrentUser user) {
        return subscriptions.deleteAll(user.id());
    }

    /** Whether the user holds the subscription of this endpoint. */
    public boolean holds(CurrentUser user, String endpoint) {
        return endpoint != null && subscriptions.holds(user.id(), endpoint.strip());
    }

    /** How many browsers of the user's are subscribed. */
    public int browsers(CurrentUser user) {
        return subscriptions.countOfAccount(user.id());
    }
}
