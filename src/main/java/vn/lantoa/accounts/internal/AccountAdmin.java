package vn.lantoa.accounts.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.organization.MemberId;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.organization.UnitId;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.platform.Role;

/**
 * Accounts as the back office manages them: admins everything; a unit manager only accounts
 * scoped inside their subtree, and may create only member accounts there. New accounts get no
 * usable password: the person sets one through a one-time invitation link, e-mailed to them when
 * possible. A form's request key makes its repeated submission answer as the first did.
 */
@Service
public class AccountAdmin {

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final Invitations invitations;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;

    AccountAdmin(
            JdbcClient jdbc,
            UnitDirectory units,
            Invitations invitations,
            PasswordEncoder encoder,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.units = units;
        this.invitations = invitations;
        this.encoder = encoder;
        this.events = events;
    }

    public record AccountRow(
            long id,
            String username,
            String displayName,
            String email,
            String roles,
            String scopeName,
            boolean enabled,
            boolean twoFactor) {}

    public CurrentUser manager() {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new NotSignedInException());
        if (!user.isAdmin() && !user.has(Role.UNIT_MANAGER)) {
            throw new ForbiddenException();
        }
        return user;
    }

    /**
     * The accounts whose scope unit is one of {@code ?} (an array of unit ids), or all of them when
     * it is null; the units come from the organization module ({@link UnitDirectory}), which owns
     * them, not from a join on its table.
     */
    private static final String SELECT = """
            SELECT a.id, a.username, a.display_name, a.email,
                   (SELECT string_agg(r.role, ', ' ORDER BY r.role) FROM acc_user_role r WHERE r.user_id = a.id) AS roles,
                   a.scope_unit_id, a.enabled, a.totp_enrolled_at IS NOT NULL AS two_factor
            FROM acc_user a
            WHERE (CAST(? AS BIGINT[]) IS NULL OR a.scope_unit_id = ANY (CAST(? AS BIGINT[]))) """;

    private record Stored(
            long id,
            String username,
            String displayName,
            String email,
            String roles,
            Long scopeUnitId,
            boolean enabled,
            boolean twoFactor) {}

    public List<AccountRow> list(CurrentUser user) {
        Long[] scope = scope(user);
        return named(jdbc.sql(SELECT + "ORDER BY a.username")
                .params(scope, scope)
                .query(Stored.class)
                .list());
    }

    public AccountRow get(CurrentUser user, long id) {
        Long[] scope = scope(user);
        return named(jdbc.sql(SELECT + "AND a.id = ?").params(scope, scope, id).query(Stored.class).optional().stream()
                        .toList())
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException());
    }

    /** The units whose accounts {@code user} may see: null for an admin (all), none without a scope unit. */
    private Long[] scope(CurrentUser user) {
        if (user.isAdmin()) {
            return null;
        }
        return user.scopeUnitId() == null
                ? new Long[0]
                : units.subtreeIds(user.scopeUnitId()).toArray(Long[]::new);
    }

    /** The rows with the names of their scope units, each unit asked for once. */
    private List<AccountRow> named(List<Stored> rows) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        return rows.stream()
                .map(r -> new AccountRow(
                        r.id(),
                        r.username(),
                        r.displayName(),
                        r.email(),
                        r.roles(),
                        r.scopeUnitId() == null
                                ? null
                                : names.computeIfAbsent(
                                        r.scopeUnitId(),
                                        unit -> units.unit(new UnitId(unit))
                                                .map(UnitSummary::name)
                                                .orElse(null)),
                        r.enabled(),
                        r.twoFactor()))
                .toList();
    }

    /** The form of a new account; {@code email} and {@code memberId} may be empty. */
    public record NewAccount(
            String username, String displayName, String email, Role role, Long scopeUnitId, Long memberId) {}

    /** Creates the account and invites its owner; the token is shown once to the inviter. */
    @Transactional
    public Invitations.Issued create(CurrentUser user, NewAccount form, String requestKey) {
        String key = Invitations.requestKey(requestKey);
        Optional<Invitations.Issued> earlier = invitations.earlier(user, key);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        String username = form.username();
        String displayName = form.displayName();
        Role role = form.role();
        Long scopeUnitId = form.scopeUnitId();
        Long memberId = form.memberId();
        String email = InvitationMail.address(form.email());
        String name = AccountRepository.normalise(username);
        if (!name.matches("[a-z0-9._-]{3,50}")) {
            throw new AccountValidationException("accounts.error.username");
        }
        String display = displayName == null ? "" : displayName.strip();
        if (display.isEmpty() || display.length() > 200) {
            throw new AccountValidationException("accounts.error.displayName");
        }
        if (role == null || (!user.isAdmin() && role != Role.MEMBER)) {
            throw new AccountValidationException("accounts.error.role");
        }
        if (scopeUnitId == null ? !user.isAdmin() : !units.visibleTo(user, scopeUnitId)) {
            throw new AccountValidationException("accounts.error.scope");
        }
        if (memberId != null) {
            units.member(new MemberId(memberId))
                    .filter(m -> units.visibleTo(user, m.unitId().value()))
                    .orElseThrow(() -> new AccountValidationException("accounts.error.member"));
        }
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM acc_user WHERE username = ?)")
                .param(name)
                .query(Boolean.class)
                .single()) {
            throw new AccountValidationException("accounts.error.usernameTaken");
        }
        long id = jdbc.sql("""
                INSERT INTO acc_user (username, display_name, password_hash, scope_unit_id, member_id, email)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(name, display, encoder.encode(AdminBootstrap.randomPassword()), scopeUnitId, memberId, email)
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO acc_user_role (user_id, role) VALUES (?, ?)")
                .params(id, role.name())
                .update();
        events.publishEvent(AuditEvent.of("account.create", "account", id, name + " " + role));
        return invitations.issue(user, id, key);
    }

    /**
     * A new invitation, which ends the older ones. {@code email}, when the form sent one, becomes
     * the account's address first (blank removes it).
     */
    @Transactional
    public Invitations.Issued reinvite(CurrentUser user, long id, String email, String requestKey) {
        AccountRow account = get(user, id);
        String key = Invitations.requestKey(requestKey);
        Optional<Invitations.Issued> earlier = invitations.earlier(user, key);
        if (earlier.isPresent()) {
            if (earlier.get().userId() == id) {
                return earlier.get();
            }
            key = null; // a key of another account's page: not a repeat of this request
        }
        if (email != null) {
            String address = InvitationMail.address(email);
            if (!Objects.equals(address, account.email())) {
                jdbc.sql("UPDATE acc_user SET email = ? WHERE id = ?")
                        .params(address, id)
                        .update();
                events.publishEvent(
                        AuditEvent.of("account.email", "account", id, address == null ? "removed" : address));
            }
        }
        return invitations.issue(user, id, key);
    }

    @Transactional
    public void setEnabled(CurrentUser user, long id, boolean enabled) {
        get(user, id);
        if (id == user.id()) {
            throw new AccountValidationException("accounts.error.self");
        }
        jdbc.sql("UPDATE acc_user SET enabled = ? WHERE id = ?")
                .params(enabled, id)
                .update();
        events.publishEvent(AuditEvent.of(enabled ? "account.enable" : "account.disable", "account", id, null));
    }

    static Set<Role> assignable(CurrentUser user) {
        return user.isAdmin() ? EnumSet.allOf(Role.class) : EnumSet.of(Role.MEMBER);
    }
}
