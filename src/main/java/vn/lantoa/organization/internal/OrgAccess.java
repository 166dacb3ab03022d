package vn.lantoa.organization.internal;

import org.springframework.stereotype.Component;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.platform.Role;

/**
 * Who may use the organization back office (ADMIN everywhere, UNIT_MANAGER in their subtree) and
 * the rule that a unit outside the user's scope does not exist for them (404, not 403, so ids
 * cannot be probed).
 */
@Component
public class OrgAccess {

    private final UnitDirectory directory;

    OrgAccess(UnitDirectory directory) {
        this.directory = directory;
    }

    /** The signed-in manager, or 403 for other roles, 401 for anonymous callers. */
    public CurrentUser manager() {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new NotSignedInException());
        if (!user.isAdmin() && !user.has(Role.UNIT_MANAGER)) {
            throw new ForbiddenException();
        }
        return user;
    }

    /** 404 unless the unit exists and lies in the user's scope. */
    public void requireVisible(CurrentUser user, long unitId) {
        if (!directory.visibleTo(user, unitId)) {
            throw new NotFoundException();
        }
    }

    public boolean visible(CurrentUser user, long unitId) {
        return directory.visibleTo(user, unitId);
    }

    /** {@code null} for no bound (admin), else the path prefix every scoped query uses. */
    public String prefix(CurrentUser user) {
        return directory.scopePrefix(user);
    }
}
