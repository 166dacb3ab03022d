package vn.lantoa.statistics.internal.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.organization.UnitId;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.InvalidInputException;

/** The issuing body and signer of each unit's report: a unit without its own uses its nearest ancestor's. */
@Service
public class ReportSettingsStore {

    private final JdbcClient jdbc;
    private final UnitDirectory units;
    private final ReportAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportSettingsStore(
            JdbcClient jdbc, UnitDirectory units, ReportAccess access, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.units = units;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The settings the unit's report uses: its own, the nearest ancestor's, or a start from the unit names. */
    public ReportSettings effective(long unitId) {
        List<Long> lineage = lineage(unitId);
        List<ReportSettings> found = jdbc.sql("""
                        SELECT unit_id, superior_body, issuing_body, number_symbol, place, signer_capacity,
                               signer_role, signer_name, recipients
                        FROM stat_report_settings WHERE unit_id = ANY(?)""")
                .param(lineage.toArray(Long[]::new))
                .query((rs, n) -> new ReportSettings(
                        rs.getLong("unit_id"),
                        rs.getString("superior_body"),
                        rs.getString("issuing_body"),
                        rs.getString("number_symbol"),
                        rs.getString("place"),
                        rs.getString("signer_capacity"),
                        rs.getString("signer_role"),
                        rs.getString("signer_name"),
                        rs.getString("recipients")))
                .list();
        for (int i = lineage.size() - 1; i >= 0; i--) {
            long id = lineage.get(i);
            for (ReportSettings s : found) {
                if (s.unitId() == id) {
                    return s;
                }
            }
        }
        UnitSummary unit = units.unit(new UnitId(unitId)).orElseThrow();
        String parent = unit.parentId() == null
                ? null
                : units.unit(unit.parentId()).map(UnitSummary::name).orElse(null);
        return ReportSettings.startingFrom(unitId, unit.name(), parent);
    }

    /** Saves the unit's own settings (the user must see the unit); audited. */
    @Transactional
    public void save(CurrentUser user, ReportSettings settings) {
        access.requireUnit(user, settings.unitId());
        check(settings.superiorBody(), ReportSettings.MAX_LENGTH, false);
        check(settings.issuingBody(), ReportSettings.MAX_LENGTH, true);
        check(settings.numberSymbol(), ReportSettings.MAX_LENGTH, true);
        check(settings.place(), ReportSettings.MAX_LENGTH, false);
        check(settings.signerCapacity(), ReportSettings.MAX_LENGTH, false);
        check(settings.signerRole(), ReportSettings.MAX_LENGTH, false);
        check(settings.signerName(), ReportSettings.MAX_LENGTH, false);
        check(settings.recipients(), ReportSettings.MAX_RECIPIENTS_LENGTH, false);
        jdbc.sql("""
                        INSERT INTO stat_report_settings (unit_id, superior_body, issuing_body, number_symbol, place,
                            signer_capacity, signer_role, signer_name, recipients, updated_by, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (unit_id) DO UPDATE SET superior_body = excluded.superior_body,
                            issuing_body = excluded.issuing_body, number_symbol = excluded.number_symbol,
                            place = excluded.place, signer_capacity = excluded.signer_capacity,
                            signer_role = excluded.signer_role, signer_name = excluded.signer_name,
                            recipients = excluded.recipients, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at""")
                .params(
                        settings.unitId(),
                        settings.superiorBody(),
                        settings.issuingBody(),
                        settings.numberSymbol(),
                        settings.place(),
                        settings.signerCapacity(),
                        settings.signerRole(),
                        settings.signerName(),
                        settings.recipients(),
                        user.id(),
                        OffsetDateTime.now(clock))
                .update();
        events.publishEvent(AuditEvent.of(
                "statistics.report-settings.update", "unit", settings.unitId(), "Issuing body and signer"));
    }

    private static void check(String value, int max, boolean required) {
        if (required && value.isEmpty()) {
            throw new InvalidInputException("statistics.report.settings.error.required");
        }
        if (value.length() > max) {
            throw new InvalidInputException("statistics.report.settings.error.length", max);
        }
    }

    /** The unit's ancestors and the unit, root first, from its materialised path. */
    private List<Long> lineage(long unitId) {
        String path = units.path(unitId).orElseThrow(() -> new InvalidInputException("statistics.report.error.unit"));
        return Arrays.stream(path.split("/"))
                .filter(s -> !s.isEmpty())
                .map(Long::valueOf)
                .toList();
    }
}
