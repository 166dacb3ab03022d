package vn.lantoa.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;

@LanToaIntegrationTest
class UnitImportTests {

    @Autowired
    UnitImport importer;

    @Autowired
    JdbcClient jdbc;

    final CurrentUser admin = new CurrentUser(1, "test", "test", EnumSet.of(Role.ADMIN), null);

    @Test
    void aGoodSheetCreatesUnitsUnderExistingUnitsAndUnitsOfEarlierRows() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        UnitImport.Result result = importer.run(
                admin,
                sheet(
                        List.of("Xã Mới " + run, "Đảng ủy xã", "Tỉnh ủy Vĩnh Long (dữ liệu mẫu)"),
                        List.of("Chi bộ ấp Một " + run, "Chi bộ", "xa moi " + run)));
        assertThat(result.errors()).isEmpty();
        assertThat(result.written()).isEqualTo(2);
        String xa = jdbc.sql("SELECT path FROM org_unit WHERE name = ?")
                .param("Xã Mới " + run)
                .query(String.class)
                .single();
        String chiBo = jdbc.sql("SELECT path FROM org_unit WHERE name = ?")
                .param("Chi bộ ấp Một " + run)
                .query(String.class)
                .single();
        assertThat(chiBo).startsWith(xa).hasSizeGreaterThan(xa.length());
    }

    @Test
    void aSheetWithAnErrorWritesNothingAndAManagerCannotReachOutsideTheirScope() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long tieuCan = jdbc.sql("SELECT id FROM org_unit WHERE name = 'Đảng ủy xã Tiểu Cần'")
                .query(Long.class)
                .single();
        CurrentUser manager = new CurrentUser(2, "m", "m", EnumSet.of(Role.UNIT_MANAGER), tieuCan);
        UnitImport.Result result = importer.run(
                manager,
                sheet(
                        List.of("Tổ tốt " + run, "Chi bộ", "Chi bộ ấp Cầu Tre"),
                        List.of("Tổ sai " + run, "Không có loại này", "Đảng ủy xã Hùng Hòa")));
        assertThat(result.written()).isZero();
        assertThat(result.errors())
                .extracting(e -> e.row() + "/" + e.reasonKey())
                .containsExactlyInAnyOrder(
                        "3/organization.import.unitKindUnknown", "3/organization.import.unitUnknown");
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit WHERE name LIKE '%' || ?")
                        .param(run)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @SafeVarargs
    private static ByteArrayInputStream sheet(List<String>... rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            for (int c = 0; c < UnitImport.HEADERS.size(); c++) {
                header.createCell(c).setCellValue(UnitImport.HEADERS.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(rows[r].get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }
}
