package vn.lantoa.notifications.internal;

/**
 * A try that did not deliver. {@code permanent} when trying again cannot help (the address is
 * refused), so the delivery is given up at once; otherwise it is tried again later.
 */
class DeliveryFailure extends Exception {

    private final boolean permanent;

    DeliveryFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    static DeliveryFailure transientFailure(String message) {
        return new DeliveryFailure(message, false, null);
    }

    static DeliveryFailure permanentFailure(String message) {
        return new DeliveryFailure(message, true, null);
    }

    boolean permanent() {
        return permanent;
    }
}
