package vn.lantoa.platform;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.Set;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A request signed in as a {@link CurrentUser}, the way the accounts module's principal carries it. */
public final class SignedIn {

    private SignedIn() {}

    /** A user with these roles, no unit and no member record. */
    public static CurrentUser user(Role... roles) {
        return new CurrentUser(42, "nguoi-thu", "Người thử", Set.of(roles), null, null);
    }

    public static RequestPostProcessor as(Role... roles) {
        return as(user(roles));
    }

    public static RequestPostProcessor as(CurrentUser user) {
        return authentication(authenticated(user));
    }

    /** The authentication the accounts module makes for this user, for a test that calls services directly. */
    public static Authentication authenticated(CurrentUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(
                new Principal(user),
                null,
                user.roles().stream()
                        .map(Role::authority)
                        .map(SimpleGrantedAuthority::new)
                        .toList());
    }

    private record Principal(CurrentUser currentUser) implements CurrentUser.Carrier {

        @Override
        public String toString() {
            return currentUser.username();
        }
    }
}
