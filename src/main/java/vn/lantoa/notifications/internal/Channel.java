package vn.lantoa.notifications.internal;

/** The ways out of the application; the member area's inbox is not one, it is the notice itself. */
public enum Channel {
    EMAIL,
    ZALO,
    /** Web push to a member's phone or browser (one delivery per subscription). */
    PUSH
}
