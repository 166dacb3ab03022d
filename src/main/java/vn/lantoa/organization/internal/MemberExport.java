package vn.lantoa.organization.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Zone;

/** The member sheet of the user's scope, in the import template's columns; every export is audited. */
@Service
public class MemberExport {

    private final JdbcClient jdbc;
    private final OrgAccess access;
    private final ApplicationEventPublisher events;

    MemberExport(JdbcClient jdbc, OrgAccess access, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
    }

    @Transactional
    public void export(CurrentUser user, OutputStream out) throws IOException {
        String prefix = access.prefix(user);
        List<List<String>> lines = new ArrayList<>();
        jdbc.sql("""
                SELECT m.full_name, u.name AS unit_name, mk.name AS kind_name, m.phone, m.email, m.profile_links,
                       m.status, m.consent_at
                FROM org_member m JOIN org_unit u ON u.id = m.unit_id JOIN org_member_kind mk ON mk.id = m.kind_id
                WHERE (CAST(? AS TEXT) IS NULL OR u.path LIKE ? || '%') ORDER BY u.path, m.full_name""").params(prefix, prefix).query(rs -> {
            OffsetDateTime consent = rs.getObject("consent_at", OffsetDateTime.class);
            String links = rs.getString("profile_links");
            lines.add(java.util.Arrays.asList(
                    rs.getString("full_name"),
                    rs.getString("unit_name"),
                    rs.getString("kind_name"),
                    rs.getString("phone"),
                    rs.getString("email"),
                    links == null ? null : links.replace('\n', ' '),
                    "LEFT".equals(rs.getString("status")) ? MemberSheet.LEFT : MemberSheet.ACTIVE,
                    consent == null ? null : Zone.DATE.format(consent)));
        });
        events.publishEvent(AuditEvent.of("member.export", "member", null, lines.size() + " members"));
        MemberSheet.write(lines, out);
    }
}
