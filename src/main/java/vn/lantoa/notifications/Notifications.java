package vn.lantoa.notifications;

import java.util.Collection;

/**
 * The outbox. {@link #send} stores the notice in the caller's transaction (so a message exists only
 * if the change that caused it committed) and returns at once; delivery happens afterwards, with
 * retries, on whichever node picks it up.
 */
public interface Notifications {

    /** Queues one notice; a second call with the same recipient and dedup key does nothing. */
    void send(Notice notice);

    /** Queues several notices, as {@link #send} each. */
    default void sendAll(Collection<Notice> notices) {
        notices.forEach(this::send);
    }

    /**
     * Whether this installation sends e-mail ({@code spring.mail.host} is set), so that a caller can
     * tell a person whether a message will reach somebody by e-mail or must be passed on by hand.
     */
    boolean sendsEmail();
}
