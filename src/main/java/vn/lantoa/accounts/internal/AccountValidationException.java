package vn.lantoa.accounts.internal;

import vn.lantoa.platform.InvalidInputException;

/** Bad input on an accounts form, with the message key that explains it. */
public class AccountValidationException extends InvalidInputException {

    public AccountValidationException(String messageKey) {
        super(messageKey);
    }
}
