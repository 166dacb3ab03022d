package vn.lantoa.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.Zone;
import vn.lantoa.statistics.internal.Period;
import vn.lantoa.statistics.internal.PeriodKind;
import vn.lantoa.statistics.internal.StatisticsQueries;
import vn.lantoa.statistics.internal.UnitFigures;
import vn.lantoa.statistics.internal.report.ReportFormat;
import vn.lantoa.statistics.internal.report.ReportJob;
import vn.lantoa.statistics.internal.report.ReportJobs;
import vn.lantoa.statistics.internal.report.ReportRequest;

/**
 * The report page end to end on the demo data: the files' figures equal the statistics figures,
 * one job per unit, period and format however many ask, progress by polling, scope, bad input.
 */
@LanToaIntegrationTest
class ReportJobTests {

    private static final CurrentUser ADMIN = new CurrentUser(0, "test", "Test", Set.of(Role.ADMIN), null);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportJobs jobs;

    @Autowired
    StatisticsQueries statistics;

    private Browser manager() {
        Browser browser = new Browser(port);
        browser.signIn("quanly", LanToaIntegrationTest.DEMO_PASSWORD);
        browser.get(StatisticsRoutes.REPORT);
        return browser;
    }

    private long unit(String name) {
        return jdbc.sql("SELECT id FROM org_unit WHERE name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private static LocalDate today() {
        return LocalDate.now(Zone.VIETNAM);
    }

    /** A period of the past no other test asks for, so its key is this test's alone. */
    private static Period uniquePeriod() {
        int end = ThreadLocalRandom.current().nextInt(400, 1400);
        return Period.custom(today().minusDays(end + 30), today().minusDays(end));
    }

    private long selfReportedShare() {
        Browser member = new Browser(port);
        member.signIn("thanhvien", LanToaIntegrationTest.DEMO_PASSWORD);
        member.get("/thanh-vien");
        String post = "https://www.facebook.com/groups/9/posts/"
                + Math.abs(UUID.randomUUID().getLeastSignificantBits());
        HttpResponse<String> created = member.postJson(
                "/api/v1/shares", "{\"postUrl\":\"" + post + "\",\"articleUrl\":\"https://tin-khong-ro.example/a\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        return Long.parseLong(created.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1"));
    }

    private long request(Browser browser, long unit, LocalDate from, LocalDate to, String format) {
        HttpResponse<String> response = browser.postForm(
                StatisticsRoutes.REPORT,
                Map.of("donVi", String.valueOf(unit), "tu", from.toString(), "den", to.toString(), "dinhDang", format));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private byte[] finished(Browser browser, long job) {
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() ->
                        browser.get(StatisticsRoutes.REPORT + "/" + job).body().contains("id=\"report-download\""));
        HttpResponse<byte[]> file = browser.download(StatisticsRoutes.REPORT + "/" + job + "/tep");
        assertThat(file.statusCode()).isEqualTo(200);
        return file.body();
    }

    @Test
    void everyFigureOfTheWorkbookAndTheDocumentIsTheStatisticsFigure() throws Exception {
        long tieuCan = unit("Đảng ủy xã Tiểu Cần");
        Period month = Period.containing(PeriodKind.MONTH, today());
        long before = statistics.figures(ADMIN, tieuCan, month).totals().shares();
        selfReportedShare();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> statistics.figures(ADMIN, tieuCan, month).totals().shares() > before);

        Browser manager = manager();
        byte[] xlsx = finished(manager, request(manager, tieuCan, month.from(), month.to(), "XLSX"));
        byte[] pdf = finished(manager, request(manager, tieuCan, month.from(), month.to(), "PDF"));
        UnitFigures f = statistics.figures(ADMIN, tieuCan, month);
        assertThat(f.totals().shares()).isPositive();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, Cell> summary = byLabel(book.getSheet("Tổng hợp"), 1, 2);
            assertThat(number(summary, "Số thành viên các nhóm chia sẻ thông tin tích cực"))
                    .isEqualTo(f.members());
            assertThat(number(summary, "Số thành viên tham gia trong kỳ")).isEqualTo(f.activeMembers());
            assertThat(summary.get("Tỷ lệ thành viên tham gia").getNumericCellValue())
                    .isCloseTo(f.activeRate(), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(number(summary, "Lượt chia sẻ đã xác minh"))
                    .isEqualTo(f.totals().sharesVerified());
            assertThat(number(summary, "Lượt chia sẻ tự khai báo"))
                    .isEqualTo(f.totals().sharesSelfReported());
            assertThat(number(summary, "Tổng lượt chia sẻ thông tin, bài viết"))
                    .isEqualTo(f.totals().shares());
            assertThat(number(summary, "Lượt chia sẻ bị từ chối (không tính)"))
                    .isEqualTo(f.shares().rejected());
            assertThat(number(summary, "Bình luận phản bác đã xác minh"))
                    .isEqualTo(f.totals().rebuttalsVerified());
            assertThat(number(summary, "Bình luận phản bác tự khai báo"))
                    .isEqualTo(f.totals().rebuttalsSelfReported());
            assertThat(number(summary, "Tổng bình luận đấu tranh, phản bác"))
                    .isEqualTo(f.totals().rebuttals());
            assertThat(number(summary, "Bình luận bị từ chối (không tính)"))
                    .isEqualTo(f.rebuttals().rejected());
            assertThat(number(summary, "Phản ánh thông tin xấu, độc tiếp nhận")).isEqualTo(f.reportsTotal());
            assertThat(number(summary, "Nội dung đã đăng bài phản bác")).isEqualTo(f.refutationsPublished());
            assertThat(number(summary, "Lượt truy cập Cổng thông tin điện tử")).isEqualTo(f.portalVisits());

            Map<String, Cell> units = byLabel(book.getSheet("Theo đơn vị"), 0, 1);
            for (UnitFigures.ChildRow child : f.children()) {
                Row row = units.get(child.name()).getRow();
                long[] expected = {
                    child.totals().members(),
                    child.totals().activeMembers(),
                    child.totals().sharesVerified(),
                    child.totals().sharesSelfReported(),
                    child.totals().rebuttalsVerified(),
                    child.totals().rebuttalsSelfReported()
                };
                for (int i = 0; i < expected.length; i++) {
                    assertThat((long) row.getCell(i + 1).getNumericCellValue())
                            .as(child.name() + " column " + i)
                            .isEqualTo(expected[i]);
                }
            }
            assertThat(units.get("Tổng cộng").getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(number(units, "Tổng cộng")).isEqualTo(f.members());
            Map<String, Cell> trend = byLabel(book.getSheet("Diễn biến"), 0, 1);
            assertThat(number(trend, "Tổng cộng")).isEqualTo(f.totals().shares());
        }

        String text = text(pdf);
        assertThat(text)
                .contains("có " + f.members() + " thành viên")
                .contains("có " + f.activeMembers() + " thành viên đã đăng tải")
                .contains("đã đăng tải, chia sẻ được " + f.totals().shares() + " thông tin, bài viết")
                .contains("thực hiện " + f.totals().rebuttals() + " bình luận về đấu tranh, phản bác")
                .contains(f.portalVisits() + " lượt truy cập")
                .contains("Trong tháng " + month.from().getMonthValue() + "/"
                        + month.from().getYear());
        // a table row comes out of the extractor as its cells run together: compare without spaces
        String cells = text.replaceAll("\\s", "");
        for (UnitFigures.ChildRow child : f.children()) {
            UnitFigures.Totals t = child.totals();
            String rate = t.members() == 0
                    ? "0,0%"
                    : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * t.activeMembers() / t.members())
                            .replace('.', ',');
            assertThat(cells)
                    .as(child.name())
                    .contains((child.name()
                                    + t.members()
                                    + t.activeMembers()
                                    + t.sharesVerified()
                                    + t.sharesSelfReported()
                                    + t.rebuttalsVerified()
                                    + t.rebuttalsSelfReported()
                                    + rate)
                            .replaceAll("\\s", ""));
        }
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM acc_audit_log WHERE action = 'statistics.report.export' AND target_id = ? AND username = 'quanly' AND at > now() - interval '5 minutes'")
                        .param(String.valueOf(tieuCan))
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void twoRequestsAtOnceForTheSameReportMakeOneJob() throws Exception {
        long tieuCan = unit("Đảng ủy xã Tiểu Cần");
        Period period = uniquePeriod();
        ReportRequest request = new ReportRequest(tieuCan, period, ReportFormat.PDF);
        CyclicBarrier start = new CyclicBarrier(2);
        List<Long> ids = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return jobs.request(ADMIN, request).id();
                }));
            }
            for (Future<Long> future : futures) {
                ids.add(future.get());
            }
        }
        assertThat(ids.get(0)).isEqualTo(ids.get(1));
        assertThat(rowsFor(tieuCan, period, "PDF")).isEqualTo(1);
    }

    @Test
    void aRequestJoinsTheJobAnotherNodeIsRunningAndShowsItsProgress() {
        long tieuCan = unit("Đảng ủy xã Tiểu Cần");
        Period period = uniquePeriod();
        long running = insertRunning(tieuCan, period, 1, OffsetDateTime.now());

        ReportJob joined = jobs.request(ADMIN, new ReportRequest(tieuCan, period, ReportFormat.XLSX));
        assertThat(joined.id()).isEqualTo(running);
        assertThat(rowsFor(tieuCan, period, "XLSX")).isEqualTo(1);

        Browser manager = manager();
        String page = manager.get(StatisticsRoutes.REPORT + "/" + running).body();
        assertThat(page).contains("<html").contains("Đang lập báo cáo: 33%").contains("hx-trigger=\"every 1s\"");
        HttpResponse<String> fragment = manager.send(
                HttpRequest.newBuilder(URI.create(manager.base() + StatisticsRoutes.REPORT + "/" + running))
                        .header("HX-Request", "true")
                        .GET()
                        .build());
        assertThat(fragment.body()).doesNotContain("<html").contains("value=\"33\"");
        assertThat(manager.download(StatisticsRoutes.REPORT + "/" + running + "/tep")
                        .statusCode())
                .isEqualTo(404);

        jdbc.sql("UPDATE stat_report_job SET step = 2 WHERE id = ?")
                .param(running)
                .update();
        assertThat(manager.get(StatisticsRoutes.REPORT + "/" + running).body()).contains("Đang lập báo cáo: 66%");
    }

    @Test
    void aJobWhoseNodeStoppedIsGivenUpAndANewOneStarts() {
        long tieuCan = unit("Đảng ủy xã Tiểu Cần");
        Period period = uniquePeriod();
        long stalled = insertRunning(tieuCan, period, 1, OffsetDateTime.now().minusHours(1));
        ReportJob fresh = jobs.request(ADMIN, new ReportRequest(tieuCan, period, ReportFormat.XLSX));
        assertThat(fresh.id()).isNotEqualTo(stalled);
        assertThat(status(stalled)).isEqualTo("FAILED");
        await().atMost(Duration.ofSeconds(60)).until(() -> !"RUNNING".equals(status(fresh.id())));
        assertThat(status(fresh.id())).isEqualTo("DONE");
    }

    @Test
    void finishedFilesPastTheirTimeAreDeleted() {
        long tieuCan = unit("Đảng ủy xã Tiểu Cần");
        long old = insertFinished(tieuCan, uniquePeriod(), OffsetDateTime.now().minusDays(2));
        long recent =
                insertFinished(tieuCan, uniquePeriod(), OffsetDateTime.now().minusHours(1));
        jobs.cleanUp();
        assertThat(jdbc.sql("SELECT count(*) FROM stat_report_job WHERE id = ?")
                        .param(old)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(status(recent)).isEqualTo("DONE");
    }

    @Test
    void aUnitManagerMayNotAskForAnotherBranchsReportNorSeeItsJob() {
        long hungHoa = unit("Đảng ủy xã Hùng Hòa");
        Browser manager = manager();
        HttpResponse<String> refused = manager.postForm(
                StatisticsRoutes.REPORT,
                Map.of(
                        "donVi", String.valueOf(hungHoa),
                        "tu", today().withDayOfMonth(1).toString(),
                        "den", today().toString(),
                        "dinhDang", "PDF"));
        assertThat(refused.statusCode()).isEqualTo(403);
        long theirs = insertFinished(hungHoa, uniquePeriod(), OffsetDateTime.now());
        assertThat(manager.get(StatisticsRoutes.REPORT + "/" + theirs).statusCode())
                .isEqualTo(404);
        assertThat(manager.download(StatisticsRoutes.REPORT + "/" + theirs + "/tep")
                        .statusCode())
                .isEqualTo(404);
        assertThat(manager.get(StatisticsRoutes.REPORT).body()).doesNotContain("Hùng Hòa");
    }

    @Test
    void badInputIsExplainedOnThePage() {
        long tieuCan = unit("Đảng ủy xã Tiểu Cần");
        Browser manager = manager();
        String from = today().withDayOfMonth(1).toString();
        Map<Map<String, String>, String> cases = new HashMap<>();
        cases.put(form("999999999", from, today().toString(), "PDF"), "Không có đơn vị này");
        cases.put(form("abc", from, today().toString(), "PDF"), "Không có đơn vị này");
        cases.put(
                form(
                        String.valueOf(tieuCan),
                        today().toString(),
                        today().minusDays(1).toString(),
                        "PDF"),
                "Ngày kết thúc phải sau hoặc bằng ngày bắt đầu");
        cases.put(
                form(String.valueOf(tieuCan), today().minusYears(6).toString(), today().toString(), "XLSX"),
                "Kỳ báo cáo dài tối đa 5 năm");
        cases.put(form(String.valueOf(tieuCan), "31/02/2026", today().toString(), "PDF"), "không hợp lệ");
        cases.put(form(String.valueOf(tieuCan), from, today().toString(), "DOCX"), "XLSX hoặc PDF");
        cases.forEach((fields, message) -> {
            HttpResponse<String> response = manager.postForm(StatisticsRoutes.REPORT, fields);
            assertThat(response.statusCode()).as(fields.toString()).isEqualTo(400);
            assertThat(response.body()).as(fields.toString()).contains(message).contains("id=\"report-form\"");
        });
    }

    @Test
    void theSignerSetForAUnitIsPrintedOnItsReport() throws Exception {
        long tieuCan = unit("Đảng ủy xã Tiểu Cần");
        Browser manager = manager();
        manager.get(StatisticsRoutes.REPORT_SETTINGS + "?donVi=" + tieuCan);
        HttpResponse<String> empty = manager.postForm(
                StatisticsRoutes.REPORT_SETTINGS,
                Map.of("donVi", String.valueOf(tieuCan), "issuingBody", " ", "numberSymbol", "BC/ĐU"));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("Vui lòng nhập tên cơ quan ban hành");

        String signer = "Hồ Văn Lý " + ThreadLocalRandom.current().nextInt(1000, 9999);
        Map<String, String> fields = new HashMap<>();
        fields.put("donVi", String.valueOf(tieuCan));
        fields.put("superiorBody", "ĐẢNG BỘ TỈNH VĨNH LONG");
        fields.put("issuingBody", "ĐẢNG ỦY XÃ TIỂU CẦN");
        fields.put("numberSymbol", "BC/ĐU");
        fields.put("place", "Tiểu Cần");
        fields.put("signerCapacity", "T/M BAN THƯỜNG VỤ");
        fields.put("signerRole", "BÍ THƯ");
        fields.put("signerName", signer);
        fields.put("recipients", "Ban Tuyên giáo và Dân vận Tỉnh ủy,\nLưu Văn phòng Đảng ủy.");
        HttpResponse<String> saved = manager.postForm(StatisticsRoutes.REPORT_SETTINGS, fields);
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(manager.get(StatisticsRoutes.REPORT_SETTINGS + "?donVi=" + tieuCan + "&luu")
                        .body())
                .contains("Đã lưu", signer);

        long cauTre = unit("Chi bộ ấp Cầu Tre");
        Period period = uniquePeriod();
        String text = text(finished(manager, request(manager, cauTre, period.from(), period.to(), "PDF")));
        assertThat(text)
                .contains("ĐẢNG ỦY XÃ TIỂU CẦN")
                .contains("-BC/ĐU")
                .contains("Tiểu Cần, ngày")
                .contains("T/M BAN THƯỜNG VỤ")
                .contains(signer)
                .contains("- Lưu Văn phòng Đảng ủy.");
    }

    private static Map<String, String> form(String unit, String from, String to, String format) {
        return Map.of("donVi", unit, "tu", from, "den", to, "dinhDang", format);
    }

    private long insertRunning(long unit, Period period, int step, OffsetDateTime heartbeat) {
        return jdbc.sql("""
                        INSERT INTO stat_report_job (unit_id, period_kind, period_from, period_to, format, status, step,
                            steps, requested_by, requested_at, heartbeat_at)
                        VALUES (?, 'CUSTOM', ?, ?, 'XLSX', 'RUNNING', ?, 3, 0, ?, ?) RETURNING id""")
                .params(unit, period.from(), period.to(), step, heartbeat, heartbeat)
                .query(Long.class)
                .single();
    }

    private long insertFinished(long unit, Period period, OffsetDateTime finished) {
        return jdbc.sql("""
                        INSERT INTO stat_report_job (unit_id, period_kind, period_from, period_to, format, status, step,
                            steps, requested_by, requested_at, heartbeat_at, finished_at, file_name, content)
                        VALUES (?, 'CUSTOM', ?, ?, 'PDF', 'DONE', 3, 3, 0, ?, ?, ?, 'x.pdf', ?) RETURNING id""")
                .params(unit, period.from(), period.to(), finished, finished, finished, new byte[] {1})
                .query(Long.class)
                .single();
    }

    private long rowsFor(long unit, Period period, String format) {
        return jdbc.sql(
                        "SELECT count(*) FROM stat_report_job WHERE unit_id = ? AND period_from = ? AND period_to = ? AND format = ?")
                .params(unit, period.from(), period.to(), format)
                .query(Long.class)
                .single();
    }

    private String status(long id) {
        return jdbc.sql("SELECT status FROM stat_report_job WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder out = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            out.append(extractor.getTextFromPage(page)).append('\n');
        }
        return out.toString().replaceAll("\\s+", " ");
    }

    private static Map<String, Cell> byLabel(Sheet sheet, int labelColumn, int valueColumn) {
        Map<String, Cell> out = new HashMap<>();
        for (Row row : sheet) {
            Cell label = row.getCell(labelColumn);
            Cell value = row.getCell(valueColumn);
            if (label != null && label.getCellType() == CellType.STRING && value != null) {
                out.putIfAbsent(label.getStringCellValue(), value);
            }
        }
        return out;
    }

    private static long number(Map<String, Cell> cells, String label) {
        assertThat(cells).containsKey(label);
        return Math.round(cells.get(label).getNumericCellValue());
    }
}
