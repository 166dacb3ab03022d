package vn.lantoa.statistics.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

/** The workbook and the document of a known set of figures, read back number by number. */
class ReportRenderingTests {

    @Test
    void theWorkbookSummaryGivesEveryFigureAsANumberWithTotalsAsFormulas() throws IOException {
        byte[] xlsx = ReportWorkbook.render(ReportSamples.document());
        write("report.xlsx", xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Map<String, Cell> summary = byLabel(book.getSheet(ReportWorkbook.SUMMARY), 1, 2);
            assertThat(number(summary, "Số thành viên các nhóm chia sẻ thông tin tích cực"))
                    .isEqualTo(1234);
            assertThat(summary.get("Số thành viên các nhóm chia sẻ thông tin tích cực")
                            .getCellType())
                    .isEqualTo(CellType.FORMULA);
            assertThat(number(summary, "Số thành viên tham gia trong kỳ")).isEqualTo(987);
            assertThat(number(summary, "Tỷ lệ thành viên tham gia")).isCloseTo(987.0 / 1234, within(1e-9));
            assertThat(number(summary, "Lượt chia sẻ đã xác minh")).isEqualTo(5000);
            assertThat(number(summary, "Lượt chia sẻ tự khai báo")).isEqualTo(925);
            assertThat(number(summary, "Tổng lượt chia sẻ thông tin, bài viết")).isEqualTo(5925);
            assertThat(number(summary, "Lượt chia sẻ bị từ chối (không tính)")).isEqualTo(37);
            assertThat(number(summary, "Tổng bình luận đấu tranh, phản bác")).isEqualTo(4320);
            assertThat(number(summary, "Bình luận bị từ chối (không tính)")).isEqualTo(12);
            assertThat(number(summary, "Phản ánh thông tin xấu, độc tiếp nhận")).isEqualTo(123);
            assertThat(number(summary, "Nội dung đã đăng bài phản bác")).isEqualTo(12);
            assertThat(number(summary, "Thời gian trung vị đến khi phản bác (giờ)"))
                    .isEqualTo(36);
            assertThat(number(summary, "Lượt truy cập Cổng thông tin điện tử")).isEqualTo(45678);

            Map<String, Cell> units = byLabel(book.getSheet(ReportWorkbook.UNITS), 0, 1);
            assertThat(number(units, "Đảng ủy xã Tiểu Cần")).isEqualTo(700);
            assertThat(number(units, "Trực thuộc Ban Tuyên giáo và Dân vận Tỉnh ủy"))
                    .isEqualTo(34);
            assertThat(units.get("Tổng cộng").getCellFormula()).startsWith("SUM(");
            assertThat(number(units, "Tổng cộng")).isEqualTo(1234);
            assertThat(number(byLabel(book.getSheet(ReportWorkbook.PLATFORMS), 0, 1), "Facebook"))
                    .isEqualTo(4000);
            assertThat(number(byLabel(book.getSheet(ReportWorkbook.REPORTS), 0, 1), "Tin giả, bịa đặt"))
                    .isEqualTo(40);
            assertThat(number(byLabel(book.getSheet(ReportWorkbook.TOPICS), 0, 1), "Tổng cộng"))
                    .isEqualTo(5925);
        }
    }

    @Test
    void theDocumentStatesTheFiguresInVietnameseFormAndTheFormatOfAPartyReport() throws IOException {
        byte[] pdf = ReportPdf.render(ReportSamples.document());
        write("report.pdf", pdf);
        String text = text(pdf);
        assertThat(text)
                .contains("ĐẢNG BỘ TỈNH VĨNH LONG")
                .contains("BAN TUYÊN GIÁO VÀ DÂN VẬN")
                .contains("ĐẢNG CỘNG SẢN VIỆT NAM")
                .contains("-BC/BTGDVTU")
                .contains("Vĩnh Long, ngày 02 tháng 12 năm 2026")
                .contains("BÁO CÁO")
                .contains("từ ngày 01/12/2024 đến ngày 30/11/2026")
                .contains("Qua 02 năm")
                .contains("chia sẻ được 5.925 thông tin, bài viết từ các báo chính thống")
                .contains("thực hiện 4.320 bình luận về đấu tranh, phản bác")
                .contains("1.234 thành viên")
                .contains("80,0%")
                .contains("45.678 lượt truy cập")
                .contains("36,0 giờ")
                .contains("Nơi nhận:")
                .contains("T/M BAN THƯỜNG VỤ")
                .contains("Nguyễn Văn An");
    }

    static String text(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder out = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            out.append(extractor.getTextFromPage(page)).append('\n');
        }
        return out.toString().replaceAll("\\s+", " ");
    }

    static Map<String, Cell> byLabel(Sheet sheet, int labelColumn, int valueColumn) {
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

    static double number(Map<String, Cell> cells, String label) {
        assertThat(cells).containsKey(label);
        return cells.get(label).getNumericCellValue();
    }

    private static void write(String name, byte[] bytes) throws IOException {
        Path dir = Path.of("target", "report-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }
}
