package vn.lantoa.accounts.web;

import java.util.List;
import vn.lantoa.accounts.internal.AccountAdmin;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.Role;

/**
 * View model of {@code accounts/accounts.jte}.
 *
 * @param requestKey the key of the create form, so that its repeated submission creates and invites once
 */
public record AccountsPage(
        List<AccountAdmin.AccountRow> accounts, List<UnitSummary> units, List<Role> roles, String requestKey) {}
