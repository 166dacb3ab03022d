package vn.lantoa.platform;

/**
 * Input a person must correct, explained by a message key (and its arguments) of a module's
 * bundle. Not caught by the module, it becomes a 400 page or problem detail in the reader's
 * language, never a 500.
 */
public class InvalidInputException extends RefusedException {

    public InvalidInputException(String messageKey, Object... args) {
        super(400, messageKey, args);
    }
}
