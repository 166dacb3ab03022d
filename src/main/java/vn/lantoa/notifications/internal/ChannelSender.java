package vn.lantoa.notifications.internal;

/**
 * One outside channel. Implementations talk to the outside world and touch the database only for
 * what is their own (push reads its subscription and drops it when the push service forgot it).
 */
interface ChannelSender {

    Channel channel();

    /** Whether this node can use the channel; when not, deliveries are skipped with {@link #offReason()}. */
    boolean enabled();

    /** Why the channel is off, for the admin page (English, like the other stored errors). */
    String offReason();

    void send(Outgoing delivery) throws DeliveryFailure;
}
