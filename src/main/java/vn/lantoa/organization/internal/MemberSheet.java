package vn.lantoa.organization.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.lantoa.platform.Zone;

/** The member spreadsheet: Vietnamese headers, the same columns for the template, export and import. */
public final class MemberSheet {

    public static final List<String> HEADERS = List.of(
            "Họ và tên",
            "Đơn vị",
            "Loại thành viên",
            "Số điện thoại",
            "Email",
            "Liên kết trang cá nhân",
            "Trạng thái",
            "Ngày đồng ý xử lý dữ liệu");
    public static final String ACTIVE = "Đang hoạt động";
    public static final String LEFT = "Đã rời";
    public static final int MAX_ROWS = 20_000;

    private MemberSheet() {}

    /** One data line as typed, with its 1-based row number in the sheet. */
    public record Line(int row, List<String> cells) {
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** Writes a workbook with the header row and the given lines (none for the template). */
    public static void write(List<List<String>> lines, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("Thành viên");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            int r = 1;
            for (List<String> line : lines) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < line.size(); c++) {
                    if (line.get(c) != null) {
                        row.createCell(c).setCellValue(line.get(c));
                    }
                }
            }
            workbook.write(out);
        }
    }

    /**
     * Reads the first sheet. Throws {@link OrgValidationException} when the file is not an XLSX
     * workbook, the headers differ from the template, or it is too long.
     */
    public static List<Line> read(InputStream in) {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Zone.VI);
            Row header = sheet.getRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                String found = header == null ? "" : text(header.getCell(c), formatter);
                if (!HEADERS.get(c).equalsIgnoreCase(found.strip())) {
                    throw new OrgValidationException("organization.import.badHeaders");
                }
            }
            List<Line> lines = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>(HEADERS.size());
                boolean blank = true;
                for (int c = 0; c < HEADERS.size(); c++) {
                    String value = text(row.getCell(c), formatter).strip();
                    blank &= value.isEmpty();
                    cells.add(value);
                }
                if (!blank) {
                    lines.add(new Line(r + 1, cells));
                }
                if (lines.size() > MAX_ROWS) {
                    throw new OrgValidationException("organization.import.tooLong");
                }
            }
            return lines;
        } catch (IOException | RuntimeException e) {
            if (e instanceof OrgValidationException known) {
                throw known;
            }
            throw new OrgValidationException("organization.import.notXlsx");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
            return Zone.DATE.format(date);
        }
        return formatter.formatCellValue(cell);
    }
}
