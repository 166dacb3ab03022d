package vn.lantoa.organization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.VietnameseText;

/**
 * Imports new units from a sheet "Tên đơn vị | Loại đơn vị | Đơn vị cấp trên", where the parent
 * is the id or exact name of a unit in the user's scope or of a unit on an earlier row. Every row
 * is checked first; any error and nothing is written. Unit sheets are small, so this runs in the
 * request.
 */
@Service
public class UnitImport {

    public static final List<String> HEADERS = List.of("Tên đơn vị", "Loại đơn vị", "Đơn vị cấp trên");
    private static final int MAX_ROWS = 5_000;

    private final UnitAdmin units;
    private final ApplicationEventPublisher events;
    private final ImportMetrics metrics;

    UnitImport(UnitAdmin units, ApplicationEventPublisher events, ImportMetrics metrics) {
        this.units = units;
        this.events = events;
        this.metrics = metrics;
    }

    public record Result(int written, List<ImportError> errors) {}

    private record NewUnit(int row, String name, long kindId, Long parentId, Integer parentRow) {}

    public static void template(OutputStream out) throws IOException {
        ImportSheet.write("Đơn vị", HEADERS, List.of(), out);
    }

    @Transactional
    public Result run(CurrentUser user, InputStream in) {
        List<ImportSheet.Line> lines = ImportSheet.read(in, HEADERS, MAX_ROWS);
        Map<String, Long> kinds = new HashMap<>();
        for (Kind k : units.kinds()) {
            kinds.put(VietnameseText.fold(k.name()), k.id());
            kinds.put(VietnameseText.fold(k.code()), k.id());
        }
        Map<String, List<Long>> existing = new HashMap<>();
        Map<Long, Boolean> ids = new HashMap<>();
        for (UnitSummary u : units.list(user)) {
            if (!u.closed()) {
                existing.computeIfAbsent(key(u.name()), k -> new ArrayList<>()).add(u.id().value());
                ids.put(u.id().value(), true);
            }
        }
        Map<String, Integer> earlier = new HashMap<>();
        List<ImportError> errors = new ArrayList<>();
        List<NewUnit> accepted = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int row = lines.get(i).row();
            List<String> line = lines.get(i).cells();
            boolean bad = false;
            String name = MemberRules.name(line.get(0));
            if (!MemberRules.validName(name)) {
                errors.add(new ImportError(row, HEADERS.get(0), "organization.import.nameRequired", null));
                bad = true;
            }
            Long kind = kinds.get(VietnameseText.fold(line.get(1)));
            if (kind == null) {
                errors.add(new ImportError(row, HEADERS.get(1), "organization.import.unitKindUnknown", null));
                bad = true;
            }
            String parent = line.get(2);
            Long parentId = null;
            Integer parentRow = null;
            if (parent.isBlank()) {
                if (!user.isAdmin()) {
                    errors.add(new ImportError(row, HEADERS.get(2), "organization.import.unitRequired", null));
                    bad = true;
                }
            } else if (parent.matches("\\d{1,18}") && ids.containsKey(Long.parseLong(parent))) {
                parentId = Long.parseLong(parent);
            } else if (earlier.containsKey(key(parent))) {
                parentRow = earlier.get(key(parent));
            } else {
                List<Long> matches = existing.getOrDefault(key(parent), List.of());
                if (matches.size() == 1) {
                    parentId = matches.getFirst();
                } else {
                    errors.add(new ImportError(
                            row,
                            HEADERS.get(2),
                            matches.isEmpty() ? "organization.import.unitUnknown" : "organization.import.unitAmbiguous",
                            null));
                    bad = true;
                }
            }
            if (!bad) {
                earlier.putIfAbsent(key(name), row);
                accepted.add(new NewUnit(row, name, kind, parentId, parentRow));
            }
        }
        if (lines.isEmpty()) {
            errors.add(new ImportError(0, "", "organization.import.empty", null));
        }
        if (!errors.isEmpty()) {
            metrics.failed(ImportMetrics.Kind.UNIT, errors);
            return new Result(0, errors);
        }
        Map<Integer, Long> created = new HashMap<>();
        for (NewUnit u : accepted) {
            Long parent = u.parentRow() != null ? created.get(u.parentRow()) : u.parentId();
            created.put(u.row(), units.insert(parent, u.kindId(), u.name()));
        }
        events.publishEvent(AuditEvent.of("unit.import", "unit", null, accepted.size() + " units"));
        metrics.done(ImportMetrics.Kind.UNIT, accepted.size());
        return new Result(accepted.size(), List.of());
    }

    private static String key(String name) {
        return VietnameseText.fold(VietnameseText.nfc(name)).strip().replaceAll("\\s+", " ");
    }
}
