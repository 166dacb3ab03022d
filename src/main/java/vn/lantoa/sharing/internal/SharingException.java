package vn.lantoa.sharing.internal;

/**
 * A submission the member must correct; {@code messageKey} names a message in the sharing bundle,
 * {@code field} the form field it belongs to.
 */
public class SharingException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public SharingException(String field, String messageKey, Object... args) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
