package vn.lantoa.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;

@LanToaIntegrationTest
class MemberImportTests {

    @Autowired
    MemberImport importer;

    @Autowired
    UnitAdmin units;

    @Autowired
    JdbcClient jdbc;

    String run;
    String unitName;
    CurrentUser admin;

    @BeforeEach
    void unitOfThisRun() {
        run = UUID.randomUUID().toString().substring(0, 8);
        admin = new CurrentUser(1, "test", "test", EnumSet.of(Role.ADMIN), null);
        long kind = units.kinds().getFirst().id();
        unitName = "Chi bộ nhập " + run;
        units.create(admin, null, kind, unitName);
    }

    @Test
    void aGoodFileWritesEveryRow() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            rows.add(row(
                    "Người số " + i + " " + run,
                    unitName,
                    "Đảng viên",
                    "09" + String.format("%08d", i + 10_000),
                    "nguoi" + i + "-" + run + "@example.vn",
                    "",
                    "Đang hoạt động",
                    "01/02/2026"));
        }
        ImportJob job = runImport(rows);
        assertThat(job.status()).isEqualTo("DONE");
        assertThat(job.written()).isEqualTo(30);
        assertThat(count()).isEqualTo(30);
        assertThat(jdbc.sql("SELECT count(*) FROM acc_audit_log WHERE action = 'member.import' AND target_id = ?")
                        .param(String.valueOf(job.id()))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aFileWithOneBadRowWritesNothingAndNamesEveryBadCell() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("Người tốt " + run, unitName, "Đảng viên", "0912000001", "", "", "", ""));
        rows.add(row(
                "",
                "Không có đơn vị này " + run,
                "Không rõ",
                "12ab",
                "khong-phai-email",
                "ftp://x",
                "Nghỉ",
                "31/02/2026"));
        rows.add(row("Người tốt khác " + run, unitName, "đoàn viên", "", "", "", "Đã rời", ""));
        ImportJob job = runImport(rows);
        assertThat(job.status()).isEqualTo("FAILED");
        assertThat(count()).isZero();
        assertThat(job.errors())
                .extracting(e -> e.row() + "/" + e.column() + "/" + e.reasonKey())
                .containsExactlyInAnyOrder(
                        "3/Họ và tên/organization.import.nameRequired",
                        "3/Đơn vị/organization.import.unitUnknown",
                        "3/Loại thành viên/organization.import.kindUnknown",
                        "3/Số điện thoại/organization.import.phoneInvalid",
                        "3/Email/organization.import.emailInvalid",
                        "3/Liên kết trang cá nhân/organization.import.linksInvalid",
                        "3/Trạng thái/organization.import.statusInvalid",
                        "3/Ngày đồng ý xử lý dữ liệu/organization.import.dateInvalid");
    }

    @Test
    void duplicatesInTheFileAndInTheDatabaseAreRefused() throws Exception {
        runImport(List.of(row(
                "Trần Văn Sẵn " + run, unitName, "Đảng viên", "0987000001", "san-" + run + "@example.vn", "", "", "")));
        List<List<String>> rows = List.of(
                row("Lê Thị Mới " + run, unitName, "Đảng viên", "0987000002", "", "", "", ""),
                row("LÊ THỊ MỚI " + run, unitName, "Đảng viên", "+84 987 000 002", "", "", "", ""),
                row("Người khác " + run, unitName, "Đảng viên", "", "SAN-" + run + "@example.vn", "", "", ""),
                row("Tran Van San " + run, unitName, "Đảng viên", "0987000001", "", "", "", ""));
        ImportJob job = runImport(rows);
        assertThat(job.status()).isEqualTo("FAILED");
        assertThat(job.errors())
                .extracting(e -> e.row() + "/" + e.reasonKey() + "/" + e.argument())
                .containsExactlyInAnyOrder(
                        "3/organization.import.duplicateInFile/2",
                        "4/organization.import.duplicateExisting/null",
                        "5/organization.import.duplicateExisting/null");
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void aUnitOutsideTheManagersScopeIsUnknownToTheImport() throws Exception {
        long tieuCan = jdbc.sql("SELECT id FROM org_unit WHERE name = 'Đảng ủy xã Tiểu Cần'")
                .query(Long.class)
                .single();
        CurrentUser manager = new CurrentUser(2, "m", "m", EnumSet.of(Role.UNIT_MANAGER), tieuCan);
        ImportJob job = runImport(manager, List.of(row("Ai đó " + run, unitName, "Đảng viên", "", "", "", "", "")));
        assertThat(job.errors()).extracting(ImportError::reasonKey).containsExactly("organization.import.unitUnknown");
    }

    @Test
    void aFileThatIsNotTheTemplateIsRefusedAtOnce() {
        assertThatThrownBy(() -> importer.start(admin, new ByteArrayInputStream("không phải excel".getBytes())))
                .isInstanceOf(OrgValidationException.class)
                .hasMessage("organization.import.notXlsx");
    }

    private ImportJob runImport(List<List<String>> rows) throws Exception {
        return runImport(admin, rows);
    }

    private ImportJob runImport(CurrentUser user, List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MemberSheet.write(rows, out);
        long id = importer.start(user, new ByteArrayInputStream(out.toByteArray()));
        return org.awaitility.Awaitility.await("import " + id)
                .atMost(java.time.Duration.ofSeconds(30))
                .pollInterval(java.time.Duration.ofMillis(100))
                .until(() -> importer.job(user, id), job -> !job.running());
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM org_member WHERE full_name LIKE '%' || ?")
                .param(run)
                .query(Long.class)
                .single();
    }

    private static List<String> row(String... cells) throws IOException {
        return Arrays.asList(cells);
    }
}
