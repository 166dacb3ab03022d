package vn.lantoa.accounts.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.Zone;
import vn.lantoa.platform.web.BackOffice;
import vn.lantoa.platform.web.BackOffice.Section;
import vn.lantoa.platform.web.BackOffice.Tile;
import vn.lantoa.platform.web.BackOffice.Tone;

/**
 * The accounts' part of the back office: accounts (admins and unit managers) and the audit log
 * (admins) in the menu; for admins the failed sign-ins today against yesterday and the names or
 * addresses the throttle is slowing down now.
 */
@Component
@Order(60)
class AccountsBackOffice implements BackOffice.Contributor {

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountsBackOffice(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<BackOffice.MenuEntry> menu(CurrentUser user) {
        List<BackOffice.MenuEntry> entries = new ArrayList<>();
        if (user.isAdmin() || user.has(Role.UNIT_MANAGER)) {
            entries.add(new BackOffice.MenuEntry(
                    Section.ORGANIZATION, "accounts.link.accounts", AccountsRoutes.ACCOUNTS, 40));
        }
        if (user.isAdmin()) {
            entries.add(new BackOffice.MenuEntry(Section.SYSTEM, "accounts.link.audit", AccountsRoutes.AUDIT, 40));
        }
        return entries;
    }

    @Override
    public List<Tile> tiles(CurrentUser user) {
        if (!user.isAdmin()) {
            return List.of();
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime midnight = LocalDate.now(clock.withZone(Zone.VIETNAM))
                .atStartOfDay(Zone.VIETNAM)
                .toOffsetDateTime();
        long[] failures = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE at >= :today),
                               count(*) FILTER (WHERE at < :today),
                               (SELECT count(*) FROM acc_login_throttle WHERE last_failure_at >= :today)
                          FROM acc_audit_log
                         WHERE action IN ('login.failure', 'login.2fa.failure') AND at >= :yesterday AND at < :now""")
                .param("today", midnight)
                .param("yesterday", midnight.minusDays(1))
                .param("now", now)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        return List.of(Tile.count(
                Section.SYSTEM,
                "accounts.tile.signInFailures",
                failures[0],
                failures[1],
                "accounts.tile.signInFailures.detail",
                List.of(failures[2]),
                AccountsRoutes.AUDIT + "?hanh-dong=login.failure",
                failures[0] > failures[1] ? Tone.WARNING : Tone.NEUTRAL,
                20));
    }
}
