package vn.lantoa.accounts.web;

import java.util.List;
import vn.lantoa.accounts.internal.AccountAdmin;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.Role;

/** View model of {@code accounts/accounts.jte}. */
public record AccountsPage(List<AccountAdmin.AccountRow> accounts, List<UnitSummary> units, List<Role> roles) {}
