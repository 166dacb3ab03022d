package vn.lantoa.organization.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.organization.UnitId;
import vn.lantoa.organization.UnitMoved;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.VietnameseText;

/** Creating, renaming, moving and closing units, always inside the user's scope. */
@Service
public class UnitAdmin {

    private final JdbcClient jdbc;
    private final OrgAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnitAdmin(JdbcClient jdbc, OrgAccess access, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Units the user may see, in tree order. */
    public List<UnitSummary> list(CurrentUser user) {
        String prefix = access.prefix(user);
        return jdbc.sql("SELECT " + JdbcUnitDirectory.UNIT_COLUMNS + JdbcUnitDirectory.UNIT_FROM
                        + "WHERE (CAST(? AS TEXT) IS NULL OR u.path LIKE ? || '%') ORDER BY u.path")
                .params(prefix, prefix)
                .query(JdbcUnitDirectory::unit)
                .list();
    }

    public UnitSummary get(CurrentUser user, long id) {
        access.requireVisible(user, id);
        return jdbc.sql("SELECT " + JdbcUnitDirectory.UNIT_COLUMNS + JdbcUnitDirectory.UNIT_FROM + "WHERE u.id = ?")
                .param(id)
                .query(JdbcUnitDirectory::unit)
                .optional()
                .orElseThrow(() -> new NotFoundException());
    }

    public List<Kind> kinds() {
        return jdbc.sql("SELECT id, code, name FROM org_unit_kind ORDER BY sort_order, name")
                .query(Kind.class)
                .list();
    }

    /** Creates a unit under {@code parentId} (a root only for admins). */
    @Transactional
    public UnitId create(CurrentUser user, Long parentId, long kindId, String name) {
        String clean = requireName(name);
        if (parentId == null) {
            if (!user.isAdmin()) {
                throw new OrgValidationException("organization.error.parentRequired");
            }
        } else {
            access.requireVisible(user, parentId);
        }
        requireKind(kindId);
        long id = insert(parentId, kindId, clean);
        events.publishEvent(AuditEvent.of("unit.create", "unit", id, clean));
        return new UnitId(id);
    }

    long insert(Long parentId, long kindId, String name) {
        return UnitRows.insert(jdbc, parentId, kindId, name);
    }

    @Transactional
    public void rename(CurrentUser user, long id, String name) {
        access.requireVisible(user, id);
        String clean = requireName(name);
        jdbc.sql("UPDATE org_unit SET name = ? WHERE id = ?").params(clean, id).update();
        events.publishEvent(AuditEvent.of("unit.rename", "unit", id, clean));
    }

    /**
     * Moves a unit with its whole subtree under a new parent: one UPDATE rewrites the paths. A
     * non-admin cannot move the root of their own scope, nor anywhere outside it.
     */
    @Transactional
    public void move(CurrentUser user, long id, long newParentId) {
        access.requireVisible(user, id);
        access.requireVisible(user, newParentId);
        if (!user.isAdmin() && user.scopeUnitId() != null && user.scopeUnitId() == id) {
            throw new ForbiddenException();
        }
        String oldPath = jdbc.sql("SELECT path FROM org_unit WHERE id = ? FOR UPDATE")
                .param(id)
                .query(String.class)
                .single();
        String parentPath = jdbc.sql("SELECT path FROM org_unit WHERE id = ?")
                .param(newParentId)
                .query(String.class)
                .single();
        if (parentPath.startsWith(oldPath)) {
            throw new OrgValidationException("organization.error.moveIntoItself");
        }
        String newPath = parentPath + id + "/";
        jdbc.sql("UPDATE org_unit SET parent_id = ? WHERE id = ?")
                .params(newParentId, id)
                .update();
        jdbc.sql("UPDATE org_unit SET path = ? || substr(path, length(?) + 1) WHERE path LIKE ? || '%'")
                .params(newPath, oldPath, oldPath)
                .update();
        events.publishEvent(new UnitMoved(id, oldPath, newPath));
        events.publishEvent(AuditEvent.of("unit.move", "unit", id, oldPath + " -> " + newPath));
    }

    /** Closes a unit: it stays with its history, and so do its members and groups. */
    @Transactional
    public void close(CurrentUser user, long id) {
        access.requireVisible(user, id);
        if (!user.isAdmin() && user.scopeUnitId() != null && user.scopeUnitId() == id) {
            throw new ForbiddenException();
        }
        jdbc.sql("UPDATE org_unit SET closed_at = ? WHERE id = ? AND closed_at IS NULL")
                .params(OffsetDateTime.now(clock), id)
                .update();
        events.publishEvent(AuditEvent.of("unit.close", "unit", id, null));
    }

    private void requireKind(long kindId) {
        if (!jdbc.sql("SELECT EXISTS (SELECT 1 FROM org_unit_kind WHERE id = ?)")
                .param(kindId)
                .query(Boolean.class)
                .single()) {
            throw new OrgValidationException("organization.error.kind");
        }
    }

    static String requireName(String name) {
        String clean = name == null ? "" : VietnameseText.nfc(name.strip());
        if (clean.isEmpty() || clean.length() > 200) {
            throw new OrgValidationException("organization.error.name");
        }
        return clean;
    }
}
