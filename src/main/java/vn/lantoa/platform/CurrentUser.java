package vn.lantoa.platform;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user as every module sees it: id, name, roles and the unit whose subtree bounds
 * what the user may see. The {@code accounts} module decides how it is made.
 *
 * @param scopeUnitId the root of the user's unit subtree; {@code null} only for staff without a
 *     unit, who then see nothing scoped unless they are ADMIN
 * @param memberId the member this account belongs to ({@code organization}), {@code null} for staff
 *     without a member record
 */
public record CurrentUser(
        long id, String username, String displayName, Set<Role> roles, Long scopeUnitId, Long memberId)
        implements Serializable {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    /** A user without a member record. */
    public CurrentUser(long id, String username, String displayName, Set<Role> roles, Long scopeUnitId) {
        this(id, username, displayName, roles, scopeUnitId, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** A principal that carries a {@link CurrentUser}. */
    public interface Carrier {
        CurrentUser currentUser();
    }

    /** The user of the current request, if signed in. */
    public static Optional<CurrentUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Carrier carrier) {
            return Optional.of(carrier.currentUser());
        }
        return Optional.empty();
    }
}
