package vn.lantoa.notifications.web;

/** The JSON of a browser's {@code PushSubscription.toJSON()}: endpoint and keys. */
record PushSubscriptionForm(String endpoint, Keys keys) {

    record Keys(String p256dh, String auth) {}

    String p256dh() {
        return keys == null ? null : keys.p256dh();
    }

    String auth() {
        return keys == null ? null : keys.auth();
    }
}
