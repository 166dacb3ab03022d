package vn.lantoa.platform;

/** Nobody is signed in where someone must be (401); Spring Security usually asks them to sign in first. */
public class NotSignedInException extends RefusedException {

    public NotSignedInException() {
        this("error.401.detail");
    }

    public NotSignedInException(String messageKey, Object... args) {
        super(401, messageKey, args);
    }
}
