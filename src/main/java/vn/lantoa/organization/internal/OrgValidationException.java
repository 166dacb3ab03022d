package vn.lantoa.organization.internal;

import vn.lantoa.platform.InvalidInputException;

/** Bad input with the message key that explains it; controllers show it, never a 500. */
public class OrgValidationException extends InvalidInputException {

    public OrgValidationException(String messageKey) {
        super(messageKey);
    }
}
