package vn.lantoa.accounts.web;

import vn.lantoa.accounts.internal.AccountAdmin;

/**
 * View model of {@code accounts/account.jte}.
 *
 * @param invitationLink the one-time link just issued (shown once), or {@code null}
 */
public record AccountPage(AccountAdmin.AccountRow account, String invitationLink, String expires) {}
