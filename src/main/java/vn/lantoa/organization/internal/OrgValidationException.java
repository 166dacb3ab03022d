package vn.lantoa.organization.internal;

/** Bad input with the message key that explains it; controllers show it, never a 500. */
public class OrgValidationException extends RuntimeException {

    private final String messageKey;

    public OrgValidationException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
