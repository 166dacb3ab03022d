package vn.lantoa.platform;

/**
 * Input a person must correct, explained by a message key (and its arguments) of a module's
 * bundle. Not caught by the module, it becomes a 400 page or problem detail in the reader's
 * language, never a 500.
 */
public class InvalidInputException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public InvalidInputException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
