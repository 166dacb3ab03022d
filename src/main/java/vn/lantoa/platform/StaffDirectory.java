package vn.lantoa.platform;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The back-office accounts as other modules may see them: who they are called and what they may
 * do, nothing else. The accounts module owns the accounts and implements this, so that a feature
 * module (e.g. reports, assigning a case to a handler) needs neither to depend on it nor to read
 * its tables.
 */
public interface StaffDirectory {

    /** An enabled account with its name and the unit its back-office scope is rooted at. */
    record Staff(long userId, String displayName, Long scopeUnitId) {}

    /** The display name of an account, enabled or not. */
    Optional<String> displayName(long userId);

    /** Enabled accounts holding at least one of the roles, by name. */
    List<Staff> withAnyRole(Set<Role> roles);
}
