package vn.lantoa.accounts.web;

import static vn.lantoa.platform.web.RoutePattern.fill;

import vn.lantoa.platform.web.PlatformRoutes;

/**
 * The accounts module's addresses, spelled once: its controllers map them, its templates and
 * redirects link to them (sign-in, sign-out and the own password page are the shell's, in {@link
 * PlatformRoutes}).
 */
public final class AccountsRoutes {

    public static final String ACCOUNTS = PlatformRoutes.BACK_OFFICE + "/tai-khoan";
    public static final String ACCOUNT = ACCOUNTS + "/{id:\\d+}";
    public static final String ACCOUNT_REINVITE = ACCOUNT + "/moi-lai";
    public static final String ACCOUNT_STATUS = ACCOUNT + "/trang-thai";

    /** The audit log; {@code ?trang=N} pages it. */
    public static final String AUDIT = PlatformRoutes.BACK_OFFICE + "/nhat-ky";

    /** The TOTP step after the password. */
    public static final String TWO_FACTOR = PlatformRoutes.LOGIN + "/hai-buoc";

    /** Where an invited person sets their password; the token is in the mailed link. */
    public static final String INVITATION = PlatformRoutes.LOGIN + "/loi-moi/{token}";

    private AccountsRoutes() {}

    public static String account(long id) {
        return fill(ACCOUNT, id);
    }

    public static String accountReinvite(long id) {
        return fill(ACCOUNT_REINVITE, id);
    }

    public static String accountStatus(long id) {
        return fill(ACCOUNT_STATUS, id);
    }

    public static String invitation(String token) {
        return fill(INVITATION, token);
    }
}
