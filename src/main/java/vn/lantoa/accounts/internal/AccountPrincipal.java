package vn.lantoa.accounts.internal;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;

/** The Spring Security principal of a signed-in account; carries the {@link CurrentUser}. */
final class AccountPrincipal extends User implements CurrentUser.Carrier {

    private final CurrentUser currentUser;

    AccountPrincipal(CurrentUser currentUser, String passwordHash, boolean enabled) {
        super(
                currentUser.username(),
                passwordHash,
                enabled,
                true,
                true,
                true,
                currentUser.roles().stream()
                        .map(Role::authority)
                        .map(SimpleGrantedAuthority::new)
                        .toList());
        this.currentUser = currentUser;
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
