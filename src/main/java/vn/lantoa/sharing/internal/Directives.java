package vn.lantoa.sharing.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.VietnameseText;
import vn.lantoa.sharing.DirectiveSent;
import vn.lantoa.sharing.DirectiveUrgency;

/**
 * Directives sent to units and acknowledged by each unit's managers; the sender sees who has and
 * has not acknowledged. Units are in the sender's subtree; managers acknowledge for their own unit.
 */
@Service
public class Directives {

    static final Set<Role> MAY_SEND = Set.of(Role.ADMIN, Role.EDITOR, Role.UNIT_MANAGER);

    public record Summary(
            long id, String title, Instant sentAt, long targets, long acknowledged, DirectiveUrgency urgency) {}

    public record Target(long unitId, String unitName, Instant acknowledgedAt) {}

    public record Detail(
            long id,
            String title,
            String body,
            Instant sentAt,
            List<Target> targets,
            boolean mine,
            boolean canAcknowledge,
            String documentName,
            Long documentSize,
            DirectiveUrgency urgency) {

        public boolean hasDocument() {
            return documentName != null;
        }

        /** Size in kB, rounded up, for the download link. */
        public long documentKilobytes() {
            return documentSize == null ? 0 : (documentSize + 1023) / 1024;
        }
    }

    /** The PDF of a directive as it is downloaded. */
    public record Document(Path file, String downloadName, long size) {}

    private final JdbcClient jdbc;
    private final DirectiveDocuments documents;
    private final MemberDirectory members;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Directives(
            JdbcClient jdbc,
            DirectiveDocuments documents,
            MemberDirectory members,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.members = members;
        this.events = events;
        this.clock = clock;
    }

    /** Sends a directive as text, not urgent. */
    @Transactional
    public long send(CurrentUser user, String title, String body, List<Long> unitIds) {
        return send(user, title, body, unitIds, null, DirectiveUrgency.NORMAL);
    }

    /** Sends a directive as text, as a PDF document, or both, with its urgency. */
    @Transactional
    public long send(
            CurrentUser user,
            String title,
            String body,
            List<Long> unitIds,
            DirectiveDocuments.Upload upload,
            DirectiveUrgency urgency) {
        java.util.Objects.requireNonNull(urgency, "urgency");
        List<Long> scope = scope(user);
        String t = VietnameseText.nfc(title == null ? "" : title.strip());
        String b = VietnameseText.nfc(body == null ? "" : body.strip());
        List<Long> units =
                unitIds == null ? List.of() : unitIds.stream().distinct().toList();
        if (!scope.containsAll(units)) {
            throw new NotFoundException();
        }
        if (t.length() < 3 || t.length() > 300) {
            throw new SharingException("title", "directive.error.title");
        }
        DirectiveDocuments.Checked document = upload == null || upload.isEmpty() ? null : documents.check(upload);
        if ((b.isEmpty() && document == null) || b.length() > 50_000) {
            throw new SharingException("body", "directive.error.body");
        }
        if (units.isEmpty()) {
            throw new SharingException("unitIds", "directive.error.units");
        }
        long owner = user.scopeUnitId() != null
                ? user.scopeUnitId()
                : members.firstRoot().orElseThrow();
        long id = jdbc.sql("""
                INSERT INTO shr_directive (title, body, owner_unit_id, created_by, created_at,
                    document_name, document_size, document_sha256, urgency)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        t,
                        b,
                        owner,
                        user.id(),
                        OffsetDateTime.now(clock),
                        document == null ? null : document.name(),
                        document == null ? null : (long) document.bytes().length,
                        document == null ? null : document.sha256(),
                        urgency.name())
                .query(Long.class)
                .single();
        if (document != null) {
            documents.store(id, document);
        }
        units.forEach(u -> jdbc.sql("INSERT INTO shr_directive_target (directive_id, unit_id) VALUES (?, ?)")
                .params(id, u)
                .update());
        events.publishEvent(new DirectiveSent(id, t, units, urgency));
        events.publishEvent(AuditEvent.of("directive.send", "directive", id, t));
        return id;
    }

    public long maxDocumentMegabytes() {
        return documents.maxBytes() / (1024 * 1024);
    }

    /** Directives sent from the user's subtree, and those sent to the user's own unit. */
    @Transactional(readOnly = true)
    public Map<String, List<Summary>> overview(CurrentUser user) {
        List<Long> scope = scope(user);
        List<Summary> sent = summaries("d.owner_unit_id IN (:units)", Map.of("units", orNone(scope)));
        List<Summary> received = user.scopeUnitId() == null
                ? List.of()
                : summaries(
                        "d.id IN (SELECT directive_id FROM shr_directive_target WHERE unit_id = :unit)",
                        Map.of("unit", user.scopeUnitId()));
        return Map.of("sent", sent, "received", received);
    }

    @Transactional(readOnly = true)
    public Detail detail(CurrentUser user, long id) {
        List<Long> scope = scope(user);
        var head = jdbc.sql("""
                SELECT id, title, body, owner_unit_id, created_at, document_name, document_size, urgency
                  FROM shr_directive WHERE id = ?""")
                .param(id)
                .query((rs, n) -> new Object[] {
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    rs.getTimestamp(5).toInstant(),
                    rs.getString(6),
                    rs.getObject(7, Long.class),
                    DirectiveUrgency.valueOf(rs.getString(8))
                })
                .optional()
                .orElseThrow(() -> new NotFoundException());
        List<Target> targets = jdbc.sql("""
                SELECT t.unit_id, a.acked_at FROM shr_directive_target t
                  LEFT JOIN shr_directive_ack a ON a.directive_id = t.directive_id AND a.unit_id = t.unit_id
                 WHERE t.directive_id = ? ORDER BY t.unit_id""")
                .param(id)
                .query((rs, n) -> new Target(
                        rs.getLong(1),
                        null,
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant()))
                .list();
        Map<Long, String> names = new java.util.HashMap<>();
        members.unitsOf(targets.stream().map(Target::unitId).toList()).forEach(u -> names.put(u.id(), u.name()));
        targets = targets.stream()
                .map(t -> new Target(t.unitId(), names.getOrDefault(t.unitId(), "#" + t.unitId()), t.acknowledgedAt()))
                .toList();
        boolean mine = user.isAdmin() || scope.contains((Long) head[2]);
        boolean addressedToMe =
                user.scopeUnitId() != null && targets.stream().anyMatch(t -> t.unitId() == user.scopeUnitId());
        if (!mine && !addressedToMe) {
            throw new NotFoundException();
        }
        boolean canAck = addressedToMe
                && user.has(Role.UNIT_MANAGER)
                && targets.stream().anyMatch(t -> t.unitId() == user.scopeUnitId() && t.acknowledgedAt() == null);
        return new Detail(
                id,
                (String) head[0],
                (String) head[1],
                (Instant) head[3],
                targets,
                mine,
                canAck,
                (String) head[4],
                (Long) head[5],
                (DirectiveUrgency) head[6]);
    }

    /**
     * The PDF of a directive, for a signed-in user of a targeted unit or a unit under it (the
     * members the directive's notice goes to) or of the sender's scope; anyone else learns
     * nothing (404).
     */
    @Transactional(readOnly = true)
    public Document document(CurrentUser user, long id) {
        var head = jdbc.sql("SELECT owner_unit_id, document_name, document_size FROM shr_directive WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getObject(3, Long.class)})
                .optional()
                .filter(h -> h[1] != null)
                .orElseThrow(() -> new NotFoundException());
        List<Long> targets = jdbc.sql("SELECT unit_id FROM shr_directive_target WHERE directive_id = ?")
                .param(id)
                .query(Long.class)
                .list();
        if (!inSendersScope(user, (Long) head[0]) && !inTargetedUnit(user, targets)) {
            throw new NotFoundException();
        }
        Path file = documents.file(id);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException();
        }
        return new Document(file, (String) head[1], (Long) head[2]);
    }

    private boolean inSendersScope(CurrentUser user, long ownerUnit) {
        if (user.roles().stream().noneMatch(MAY_SEND::contains)) {
            return false;
        }
        return user.isAdmin() || scope(user).contains(ownerUnit);
    }

    /** The user's unit (their scope, or their member record's unit) is a targeted unit or lies under one. */
    private boolean inTargetedUnit(CurrentUser user, List<Long> targets) {
        List<Long> units = new java.util.ArrayList<>();
        if (user.scopeUnitId() != null) {
            units.add(user.scopeUnitId());
        }
        if (user.memberId() != null) {
            members.membership(user.memberId()).ifPresent(m -> units.add(m.unitId()));
        }
        return units.stream()
                .distinct()
                .anyMatch(unit -> members.ancestry(unit).stream().anyMatch(targets::contains));
    }

    /** A manager acknowledges for their unit; repeating it changes nothing. */
    @Transactional
    public void acknowledge(CurrentUser user, long id) {
        Detail detail = detail(user, id);
        if (!user.has(Role.UNIT_MANAGER)
                || user.scopeUnitId() == null
                || detail.targets().stream().noneMatch(t -> t.unitId() == user.scopeUnitId())) {
            throw new ForbiddenException();
        }
        int inserted = jdbc.sql("""
                INSERT INTO shr_directive_ack (directive_id, unit_id, user_id, acked_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(id, user.scopeUnitId(), user.id(), OffsetDateTime.now(clock))
                .update();
        if (inserted > 0) {
            events.publishEvent(AuditEvent.of("directive.acknowledge", "directive", id, null));
        }
    }

    private List<Summary> summaries(String where, Map<String, ?> params) {
        return jdbc.sql("""
                SELECT d.id, d.title, d.created_at,
                       (SELECT count(*) FROM shr_directive_target t WHERE t.directive_id = d.id),
                       (SELECT count(*) FROM shr_directive_ack a WHERE a.directive_id = d.id),
                       d.urgency
                  FROM shr_directive d WHERE\s""" + where + " ORDER BY d.created_at DESC LIMIT 200")
                .params(params)
                .query((rs, n) -> new Summary(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getLong(4),
                        rs.getLong(5),
                        DirectiveUrgency.valueOf(rs.getString(6))))
                .list();
    }

    List<Long> scope(CurrentUser user) {
        if (user.roles().stream().noneMatch(MAY_SEND::contains)) {
            throw new ForbiddenException();
        }
        if (user.isAdmin()) {
            return members.allUnits();
        }
        return user.scopeUnitId() == null ? List.of() : members.subtree(user.scopeUnitId());
    }

    private static List<Long> orNone(List<Long> ids) {
        return ids.isEmpty() ? List.of(-1L) : ids;
    }
}
