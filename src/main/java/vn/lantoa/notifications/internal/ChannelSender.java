package vn.lantoa.notifications.internal;

/** One outside channel. Implementations talk to the outside world; they never touch the database. */
interface ChannelSender {

    Channel channel();

    /** Whether this node can use the channel; when not, deliveries are skipped with {@link #offReason()}. */
    boolean enabled();

    /** Why the channel is off, for the admin page (English, like the other stored errors). */
    String offReason();

    void send(Outgoing delivery) throws DeliveryFailure;
}
