package vn.lantoa.platform;

/**
 * Nothing the person may see is there (404): also what a record outside their unit's subtree is
 * to them, so that they cannot tell it exists.
 */
public class NotFoundException extends RefusedException {

    public NotFoundException() {
        this("error.404.detail");
    }

    public NotFoundException(String messageKey, Object... args) {
        super(404, messageKey, args);
    }
}
