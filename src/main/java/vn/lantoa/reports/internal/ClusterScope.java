package vn.lantoa.reports.internal;

import org.springframework.stereotype.Component;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.platform.Role;

/**
 * Who may act on a cluster, the triage's rule ({@link TriageAccess}, {@link TriageScope}): ADMIN
 * everywhere, a HANDLER over the clusters with a report from their unit subtree (public reports
 * belong to handlers scoped to a root unit). Others get 403; a cluster out of scope, 404.
 */
@Component
public class ClusterScope {

    private final TriageAccess access;
    private final TriageQueries triage;

    ClusterScope(TriageAccess access, TriageQueries triage) {
        this.access = access;
        this.triage = triage;
    }

    /** The user, if they may triage at all. */
    public CurrentUser handler(CurrentUser user) {
        if (user == null) {
            throw new NotSignedInException();
        }
        if (!(user.isAdmin() || user.has(Role.HANDLER))) {
            throw new ForbiddenException();
        }
        return user;
    }

    /** Checks that the user may act on the cluster, which must exist. */
    public void require(CurrentUser user, long clusterId) {
        handler(user);
        if (triage.cluster(access.scope(user), clusterId).isEmpty()) {
            throw new NotFoundException();
        }
    }
}
