package vn.lantoa.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

@LanToaIntegrationTest
/** Participation per unit, group and period, moved here from sharing with its downloads. */
class ParticipationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Browser signedIn(String user, String landing) {
        Browser browser = new Browser(port);
        browser.signIn(user, LanToaIntegrationTest.DEMO_PASSWORD);
        browser.get(landing);
        return browser;
    }

    private long selfReportedShare() {
        Browser member = signedIn("thanhvien", "/thanh-vien");
        String post = "https://www.facebook.com/groups/9/posts/"
                + Math.abs(UUID.randomUUID().getLeastSignificantBits());
        HttpResponse<String> created = member.postJson(
                "/api/v1/shares", "{\"postUrl\":\"" + post + "\",\"articleUrl\":\"https://tin-khong-ro.example/a\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        return Long.parseLong(created.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    }

    @Test
    void participationCountsVerifiedAndSelfReportedApartAndSurvivesBadDates() {
        selfReportedShare();
        Browser manager = signedIn("quanly", "/quan-tri");
        HttpResponse<String> page = manager.get("/quan-tri/tham-gia");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Chi bộ ấp Cầu Tre", "Chia sẻ (tự khai báo)", "Cộng trong phạm vi")
                .doesNotContain("Chi bộ ấp Tân Trung");
        for (String bad : new String[] {"tu=abc", "tu=31/02/2026", "tu=01/12/2026&den=01/01/2026", "den=99999"}) {
            HttpResponse<String> response = manager.get("/quan-tri/tham-gia?" + bad);
            assertThat(response.statusCode()).as(bad).isEqualTo(200);
            assertThat(response.body()).as(bad).contains("đang hiển thị tháng này");
        }
    }

    /** The units sheet of the workbook as rows of cells: name (trimmed), then the six counts. */
    private static List<List<Object>> unitRows(byte[] xlsx) throws Exception {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            assertThat(IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName))
                    .containsExactly("Theo đơn vị", "Theo nhóm chia sẻ", "Theo chủ đề và nền tảng");
            Sheet units = workbook.getSheetAt(0);
            assertThat(units.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Chia sẻ (tự khai báo)");
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 2; r <= units.getLastRowNum(); r++) {
                Row row = units.getRow(r);
                List<Object> cells = new ArrayList<>();
                cells.add(row.getCell(0).getStringCellValue().strip());
                for (int c = 1; c <= 6; c++) {
                    cells.add((long) row.getCell(c).getNumericCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static long selfReportedSharesOf(List<List<Object>> rows, String unit) {
        return rows.stream()
                .filter(r -> r.getFirst().equals(unit))
                .map(r -> (Long) r.get(4))
                .findFirst()
                .orElseThrow();
    }

    private long selfReportedInRollups(String unit) {
        return jdbc.sql("""
                        SELECT coalesce(sum(n), 0) FROM stat_action_day
                         WHERE unit_id = (SELECT id FROM org_unit WHERE name = ?) AND kind = 'SHARE' AND state = 'SELF_REPORTED'""").param(unit).query(Long.class).single();
    }

    private long workbookExports() {
        return jdbc.sql(
                        "SELECT count(*) FROM acc_audit_log WHERE action = 'participation.export' AND detail LIKE 'xlsx %'")
                .query(Long.class)
                .single();
    }

    @Test
    void theParticipationWorkbookCountsANewShareAndAddsUpTheScope() throws Exception {
        long exports = workbookExports();
        Browser manager = signedIn("quanly", "/quan-tri");
        long before = selfReportedSharesOf(
                unitRows(manager.download("/quan-tri/tham-gia.xlsx").body()), "Chi bộ ấp Cầu Tre");

        long counted = selfReportedInRollups("Chi bộ ấp Cầu Tre");
        selfReportedShare();
        // The rollups count the share when its event is handled, a moment after the answer.
        await().atMost(Duration.ofSeconds(20)).until(() -> selfReportedInRollups("Chi bộ ấp Cầu Tre") == counted + 1);
        HttpResponse<byte[]> file = manager.download("/quan-tri/tham-gia.xlsx?tu=abc");

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("attachment", "tham-gia_");
        List<List<Object>> rows = unitRows(file.body());
        assertThat(selfReportedSharesOf(rows, "Chi bộ ấp Cầu Tre")).isEqualTo(before + 1);
        assertThat(rows).noneMatch(r -> r.getFirst().equals("Chi bộ ấp Tân Trung"));
        List<Object> total = rows.getLast();
        assertThat(total.getFirst()).isEqualTo("Cộng trong phạm vi");
        for (int c = 1; c <= 6; c++) {
            int column = c;
            assertThat(total.get(c))
                    .as("column %d", c)
                    .isEqualTo(rows.subList(0, rows.size() - 1).stream()
                            .mapToLong(r -> (Long) r.get(column))
                            .sum());
        }
        assertThat(workbookExports()).as("each download is audited").isEqualTo(exports + 2);
    }

    @Test
    void theParticipationPdfHasTheChartAndTheTablesInVietnamese() throws Exception {
        selfReportedShare();
        Browser manager = signedIn("quanly", "/quan-tri");

        // A month back from today, not a fixed date: the page refuses periods that are too long.
        String from = java.time.LocalDate.now(vn.lantoa.platform.Zone.VIETNAM)
                .minusDays(30)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        HttpResponse<byte[]> file = manager.download("/quan-tri/tham-gia.pdf?tu=" + from);

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(file.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(file.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString())
                .contains("Kết quả tham gia: " + from, "Lượt chia sẻ theo đơn vị", "Chi bộ ấp Cầu Tre")
                .contains("Cộng trong phạm vi", "Theo nhóm chia sẻ", "Nhóm Zalo Lan tỏa Tiểu Cần")
                .doesNotContain("Chi bộ ấp Tân Trung");
    }
}
