package vn.lantoa.accounts.internal;

/** Bad input on an accounts form, with the message key that explains it. */
public class AccountValidationException extends RuntimeException {

    private final String messageKey;

    public AccountValidationException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
