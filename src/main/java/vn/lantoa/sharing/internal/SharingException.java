package vn.lantoa.sharing.internal;

import vn.lantoa.platform.InvalidInputException;

/**
 * A submission the member must correct; the message key names a message in the sharing bundle,
 * {@code field} the form field it belongs to ({@code null} for the whole form).
 */
public class SharingException extends InvalidInputException {

    private final String field;

    public SharingException(String field, String messageKey, Object... args) {
        super(messageKey, args);
        this.field = field;
    }

    @Override
    public String field() {
        return field;
    }

    /** The signed-in user has no active member record: the member area and its API are not for them. */
    public static final class NotAMember extends vn.lantoa.platform.ForbiddenException {
        public NotAMember() {
            super("sharing.error.notAMember");
        }
    }
}
