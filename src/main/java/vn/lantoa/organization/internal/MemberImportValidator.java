package vn.lantoa.organization.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.VietnameseText;

/** Checks every row of a member sheet against the rules, the user's scope and existing members. */
@Component
public class MemberImportValidator {

    static final int MAX_ERRORS = 2000;

    private final JdbcClient jdbc;
    private final UnitAdmin units;

    MemberImportValidator(JdbcClient jdbc, UnitAdmin units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    public record NewMember(
            long unitId,
            long kindId,
            String fullName,
            String phone,
            String email,
            String profileLinks,
            String status,
            OffsetDateTime consent) {}

    public record Result(List<NewMember> members, List<ImportError> errors) {}

    public Result validate(CurrentUser user, List<ImportSheet.Line> lines, IntConsumer progress) {
        Map<String, List<Long>> unitsByName = new HashMap<>();
        Set<Long> unitIds = new HashSet<>();
        for (UnitSummary u : units.list(user)) {
            if (!u.closed()) {
                unitIds.add(u.id().value());
                unitsByName
                        .computeIfAbsent(VietnameseText.fold(u.name()).strip(), k -> new ArrayList<>())
                        .add(u.id().value());
            }
        }
        Map<String, Long> kinds = new HashMap<>();
        for (Kind k : jdbc.sql("SELECT id, code, name FROM org_member_kind")
                .query(Kind.class)
                .list()) {
            kinds.put(VietnameseText.fold(k.name()), k.id());
            kinds.put(VietnameseText.fold(k.code()), k.id());
        }
        Set<String> existingNamePhone = new HashSet<>();
        Set<String> existingEmail = new HashSet<>();
        jdbc.sql("SELECT full_name, phone, email FROM org_member").query(rs -> {
            String key = MemberRules.namePhoneKey(rs.getString(1), rs.getString(2));
            if (key != null) {
                existingNamePhone.add(key);
            }
            if (rs.getString(3) != null) {
                existingEmail.add(rs.getString(3).toLowerCase(java.util.Locale.ROOT));
            }
        });

        List<ImportError> errors = new ArrayList<>();
        List<NewMember> members = new ArrayList<>();
        Map<String, Integer> seenNamePhone = new HashMap<>();
        Map<String, Integer> seenEmail = new HashMap<>();
        int done = 0;
        for (ImportSheet.Line line : lines) {
            Row row = new Row(line, errors);
            String name = MemberRules.name(line.cell(0));
            if (!MemberRules.validName(name)) {
                row.error(0, "organization.import.nameRequired", null);
            }
            Long unit = unit(line.cell(1), unitIds, unitsByName, row);
            Long kind = kinds.get(VietnameseText.fold(line.cell(2)));
            if (kind == null) {
                row.error(2, "organization.import.kindUnknown", null);
            }
            String phone = MemberRules.phone(line.cell(3));
            if (!MemberRules.validPhone(phone)) {
                row.error(3, "organization.import.phoneInvalid", null);
                phone = null;
            }
            String email = MemberRules.email(line.cell(4));
            if (!MemberRules.validEmail(email)) {
                row.error(4, "organization.import.emailInvalid", null);
                email = null;
            }
            String links = MemberRules.profileLinks(line.cell(5).replace(" ", "\n"));
            if (!MemberRules.validProfileLinks(links)) {
                row.error(5, "organization.import.linksInvalid", null);
            }
            String status = status(line.cell(6), row);
            OffsetDateTime consent = null;
            try {
                consent = MemberAdmin.consent(line.cell(7));
            } catch (OrgValidationException e) {
                row.error(7, "organization.import.dateInvalid", null);
            }
            String key = MemberRules.namePhoneKey(name, phone);
            if (key != null) {
                Integer first = seenNamePhone.putIfAbsent(key, line.row());
                if (first != null) {
                    row.error(3, "organization.import.duplicateInFile", String.valueOf(first));
                } else if (existingNamePhone.contains(key)) {
                    row.error(3, "organization.import.duplicateExisting", null);
                }
            }
            if (email != null) {
                Integer first = seenEmail.putIfAbsent(email, line.row());
                if (first != null) {
                    row.error(4, "organization.import.duplicateInFile", String.valueOf(first));
                } else if (existingEmail.contains(email)) {
                    row.error(4, "organization.import.duplicateExisting", null);
                }
            }
            if (!row.bad && errors.size() < MAX_ERRORS) {
                members.add(new NewMember(unit, kind, name, phone, email, links, status, consent));
            }
            if (++done % 250 == 0) {
                progress.accept(done);
            }
        }
        if (lines.isEmpty()) {
            errors.add(new ImportError(0, "", "organization.import.empty", null));
        }
        return new Result(errors.isEmpty() ? members : List.of(), errors);
    }

    private static Long unit(String cell, Set<Long> unitIds, Map<String, List<Long>> byName, Row row) {
        if (cell.isBlank()) {
            row.error(1, "organization.import.unitRequired", null);
            return null;
        }
        if (cell.matches("\\d{1,18}")) {
            long id = Long.parseLong(cell);
            if (unitIds.contains(id)) {
                return id;
            }
        }
        List<Long> matches = byName.getOrDefault(
                VietnameseText.fold(VietnameseText.nfc(cell)).strip(), List.of());
        if (matches.size() == 1) {
            return matches.getFirst();
        }
        row.error(1, matches.isEmpty() ? "organization.import.unitUnknown" : "organization.import.unitAmbiguous", null);
        return null;
    }

    private static String status(String cell, Row row) {
        String folded = VietnameseText.fold(cell).strip();
        if (folded.isEmpty() || folded.equals(VietnameseText.fold(MemberSheet.ACTIVE)) || folded.equals("active")) {
            return "ACTIVE";
        }
        if (folded.equals(VietnameseText.fold(MemberSheet.LEFT)) || folded.equals("left")) {
            return "LEFT";
        }
        row.error(6, "organization.import.statusInvalid", null);
        return "ACTIVE";
    }

    private static final class Row {
        private final ImportSheet.Line line;
        private final List<ImportError> errors;
        private boolean bad;

        Row(ImportSheet.Line line, List<ImportError> errors) {
            this.line = line;
            this.errors = errors;
        }

        void error(int column, String key, String argument) {
            bad = true;
            if (errors.size() < MAX_ERRORS) {
                errors.add(new ImportError(line.row(), MemberSheet.HEADERS.get(column), key, argument));
            }
        }
    }
}
