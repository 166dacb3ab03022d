package vn.lantoa.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.PersonalData;
import vn.lantoa.platform.PersonalDataService;
import vn.lantoa.platform.VietnameseText;
import vn.lantoa.platform.Zone;

/** Members in the user's scope: list, the audited detail read, create and update. */
@Service
public class MemberAdmin {

    public static final int PAGE_SIZE = 50;

    /** dd/mm/yyyy (1/2/2026 too), strictly: 31/02 is an error, not 28/02. */
    static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final JdbcClient jdbc;
    private final OrgAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PersonalDataService personalData;

    MemberAdmin(
            JdbcClient jdbc,
            OrgAccess access,
            ApplicationEventPublisher events,
            Clock clock,
            PersonalDataService personalData) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
        this.personalData = personalData;
    }

    public record Page(List<MemberRow> rows, long total, int page) {}

    public Page list(CurrentUser user, String query, int page) {
        String prefix = access.prefix(user);
        String like = query == null || query.isBlank() ? null : "%" + VietnameseText.fold(query.strip()) + "%";
        int p = Math.max(page, 1);
        String where = """
                FROM org_member m JOIN org_unit u ON u.id = m.unit_id JOIN org_member_kind mk ON mk.id = m.kind_id
                WHERE (CAST(? AS TEXT) IS NULL OR u.path LIKE ? || '%')
                  AND (CAST(? AS TEXT) IS NULL OR lower(unaccent(replace(replace(m.full_name, 'đ', 'd'), 'Đ', 'd'))) LIKE ?)
                """;
        long total = jdbc.sql("SELECT count(*) " + where)
                .params(prefix, prefix, like, like)
                .query(Long.class)
                .single();
        List<MemberRow> rows = jdbc.sql("SELECT m.id, m.full_name, u.name AS unit_name, mk.name AS kind_name, m.status "
                        + where + " ORDER BY m.full_name, m.id LIMIT ? OFFSET ?")
                .params(prefix, prefix, like, like, PAGE_SIZE, (p - 1) * PAGE_SIZE)
                .query(MemberRow.class)
                .list();
        return new Page(rows, total, p);
    }

    /** The member with personal data; the read itself is written to the audit log. */
    @Transactional
    public MemberDetail detail(CurrentUser user, long id) {
        MemberDetail member = find(id).orElseThrow(() -> new NotFoundException());
        access.requireVisible(user, member.unitId());
        events.publishEvent(AuditEvent.of("member.read", "member", id, null));
        return member;
    }

    /**
     * Erases the personal data of a member who left, in every module, for an administrator; the
     * member's actions stay counted for the unit.
     */
    @Transactional
    public int erase(CurrentUser user, long id) {
        if (!user.isAdmin()) {
            throw new ForbiddenException();
        }
        MemberDetail member = find(id).orElseThrow(() -> new NotFoundException());
        access.requireVisible(user, member.unitId());
        if (!"LEFT".equals(member.status())) {
            throw new InvalidInputException("organization.member.erase.notLeft");
        }
        return personalData.erase(new PersonalData.Subject(null, id));
    }

    java.util.Optional<MemberDetail> find(long id) {
        return jdbc.sql("""
                SELECT m.id, m.unit_id, u.name AS unit_name, m.kind_id, mk.name AS kind_name, m.full_name, m.phone,
                       m.email, m.profile_links, m.status, m.consent_at
                FROM org_member m JOIN org_unit u ON u.id = m.unit_id JOIN org_member_kind mk ON mk.id = m.kind_id
                WHERE m.id = ?""")
                .param(id)
                .query((rs, n) -> {
                    OffsetDateTime consent = rs.getObject("consent_at", OffsetDateTime.class);
                    return new MemberDetail(
                            rs.getLong("id"),
                            rs.getLong("unit_id"),
                            rs.getString("unit_name"),
                            rs.getLong("kind_id"),
                            rs.getString("kind_name"),
                            rs.getString("full_name"),
                            rs.getString("phone"),
                            rs.getString("email"),
                            rs.getString("profile_links"),
                            rs.getString("status"),
                            consent == null
                                    ? null
                                    : consent.atZoneSameInstant(Zone.VIETNAM).toLocalDate());
                })
                .optional();
    }

    public List<Kind> kinds() {
        return jdbc.sql("SELECT id, code, name FROM org_member_kind ORDER BY sort_order, name")
                .query(Kind.class)
                .list();
    }

    @Transactional
    public long create(CurrentUser user, MemberForm form) {
        Clean c = clean(user, form);
        long id = jdbc.sql("""
                INSERT INTO org_member (unit_id, kind_id, full_name, phone, email, profile_links, status, consent_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(c.unitId, c.kindId, c.name, c.phone, c.email, c.links, c.status, c.consent)
                .query(Long.class)
                .single();
        events.publishEvent(AuditEvent.of("member.create", "member", id, null));
        return id;
    }

    @Transactional
    public void update(CurrentUser user, long id, MemberForm form) {
        MemberDetail existing = find(id).orElseThrow(() -> new NotFoundException());
        access.requireVisible(user, existing.unitId());
        Clean c = clean(user, form);
        jdbc.sql("""
                UPDATE org_member SET unit_id = ?, kind_id = ?, full_name = ?, phone = ?, email = ?, profile_links = ?,
                       status = ?, consent_at = ?, updated_at = ? WHERE id = ?""")
                .params(
                        c.unitId,
                        c.kindId,
                        c.name,
                        c.phone,
                        c.email,
                        c.links,
                        c.status,
                        c.consent,
                        OffsetDateTime.now(clock),
                        id)
                .update();
        events.publishEvent(AuditEvent.of("member.update", "member", id, null));
    }

    private record Clean(
            long unitId,
            long kindId,
            String name,
            String phone,
            String email,
            String links,
            String status,
            OffsetDateTime consent) {}

    private Clean clean(CurrentUser user, MemberForm form) {
        if (form.unitId() == null) {
            throw new OrgValidationException("organization.error.unit");
        }
        access.requireVisible(user, form.unitId());
        if (form.kindId() == null || kinds().stream().noneMatch(k -> k.id() == form.kindId())) {
            throw new OrgValidationException("organization.error.kind");
        }
        String name = MemberRules.name(form.fullName());
        if (!MemberRules.validName(name)) {
            throw new OrgValidationException("organization.error.name");
        }
        String phone = MemberRules.phone(form.phone());
        if (!MemberRules.validPhone(phone)) {
            throw new OrgValidationException("organization.error.phone");
        }
        String email = MemberRules.email(form.email());
        if (!MemberRules.validEmail(email)) {
            throw new OrgValidationException("organization.error.email");
        }
        String links = MemberRules.profileLinks(form.profileLinks());
        if (!MemberRules.validProfileLinks(links)) {
            throw new OrgValidationException("organization.error.links");
        }
        String status = "LEFT".equals(form.status()) ? "LEFT" : "ACTIVE";
        return new Clean(form.unitId(), form.kindId(), name, phone, email, links, status, consent(form.consentDate()));
    }

    static OffsetDateTime consent(String date) {
        if (date == null || date.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(date.strip(), DATE)
                    .atStartOfDay(Zone.VIETNAM)
                    .toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new OrgValidationException("organization.error.date");
        }
    }
}
