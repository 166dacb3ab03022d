package vn.lantoa.accounts.web;

import vn.lantoa.accounts.internal.AccountAdmin;

/**
 * View model of {@code accounts/account.jte}.
 *
 * @param invitation the invitation just issued, or {@code null}
 * @param requestKey the key of the re-invite form, so that its repeated submission invites once
 */
public record AccountPage(AccountAdmin.AccountRow account, Invitation invitation, String requestKey) {

    /**
     * @param link the one-time link just issued (shown once), or {@code null} on a repeated submission
     * @param expires when the invitation expires, in Vietnam's time
     * @param mailedTo the address it is e-mailed to, or {@code null}
     * @param mailOff whether it was not e-mailed because this installation sends no e-mail
     */
    public record Invitation(String link, String expires, String mailedTo, boolean mailOff) {}
}
