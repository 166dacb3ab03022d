package vn.lantoa.reports.internal;

import org.springframework.stereotype.Component;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.organization.UnitId;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.platform.Role;

/** Who may triage (HANDLER, ADMIN) and over which clusters ({@link TriageScope}). */
@Component
public class TriageAccess {

    private final UnitDirectory directory;

    TriageAccess(UnitDirectory directory) {
        this.directory = directory;
    }

    /** The signed-in handler; 401 without one, 403 for anyone else. */
    public CurrentUser handler() {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new NotSignedInException());
        if (!user.isAdmin() && !user.has(Role.HANDLER)) {
            throw new ForbiddenException();
        }
        return user;
    }

    public TriageScope scope(CurrentUser user) {
        if (user.isAdmin()) {
            return new TriageScope(true, java.util.List.of(), true);
        }
        if (user.scopeUnitId() == null) {
            return new TriageScope(false, java.util.List.of(), false);
        }
        boolean root = directory
                .unit(new UnitId(user.scopeUnitId()))
                .map(u -> u.parentId() == null)
                .orElse(false);
        return new TriageScope(false, directory.subtreeIds(user.scopeUnitId()), root);
    }
}
