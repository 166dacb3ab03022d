package vn.lantoa.reports.internal;

import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.organization.UnitId;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;

/**
 * Who may act on a cluster: ADMIN everywhere, a HANDLER within the subtree of their scope unit.
 * A cluster belongs to the unit of its reports (public reports carry none and belong to the whole
 * tree, i.e. to handlers scoped to a root unit). Others get 403; a cluster out of scope, 404.
 */
@Component
public class ClusterScope {

    private final UnitDirectory units;
    private final JdbcClient jdbc;

    ClusterScope(UnitDirectory units, JdbcClient jdbc) {
        this.units = units;
        this.jdbc = jdbc;
    }

    /** The signed-in user, if they may triage at all. */
    public CurrentUser handler(CurrentUser user) {
        if (user == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        if (!(user.isAdmin() || user.has(Role.HANDLER))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }

    /** Checks that the user may act on the cluster, which must exist. */
    public void require(CurrentUser user, long clusterId) {
        handler(user);
        boolean exists = jdbc.sql("SELECT count(*) FROM rpt_cluster WHERE id = ?")
                        .param(clusterId)
                        .query(Long.class)
                        .single()
                > 0;
        if (!exists || !visible(user, unitOf(clusterId))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    private boolean visible(CurrentUser user, Optional<Long> unit) {
        if (user.isAdmin()) {
            return true;
        }
        if (user.scopeUnitId() == null) {
            return false;
        }
        if (unit.isPresent()) {
            return units.visibleTo(user, unit.get());
        }
        return units.unit(new UnitId(user.scopeUnitId()))
                .map(u -> u.parentId() == null)
                .orElse(false);
    }

    /**
     * The unit a cluster belongs to. Reports carry no unit yet (the intake's member reports will:
     * the member's unit), so every cluster belongs to the whole tree for now.
     */
    Optional<Long> unitOf(long clusterId) {
        return Optional.empty();
    }
}
