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

/**
 * The XLSX sheets people fill in to import units and members: a header row exactly as in the
 * template (in Vietnamese), then one line per row, read as the person typed it.
 */
public final class ImportSheet {

    private ImportSheet() {}

    /** One data line as typed, with its 1-based row number in the sheet. */
    public record Line(int row, List<String> cells) {
        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    /** Writes a workbook with one sheet: the header row and the given lines (none for a template). */
    static void write(String sheetName, List<String> headers, List<List<String>> lines, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
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
     * Reads the first sheet; blank rows are skipped, cells are stripped, dates are written as
     * {@code dd/MM/yyyy}. Throws {@link OrgValidationException} when the file is not an XLSX
     * workbook, the headers differ from {@code headers}, or it has more than {@code maxRows} lines.
     */
    static List<Line> read(InputStream in, List<String> headers, int maxRows) {
        try (Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Zone.VI);
            Row header = sheet.getRow(0);
            for (int c = 0; c < headers.size(); c++) {
                String found = header == null ? "" : text(header.getCell(c), formatter);
                if (!headers.get(c).equalsIgnoreCase(found.strip())) {
                    throw new OrgValidationException("organization.import.badHeaders");
                }
            }
            List<Line> lines = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>(headers.size());
                boolean blank = true;
                for (int c = 0; c < headers.size(); c++) {
                    String value = text(row.getCell(c), formatter).strip();
                    blank &= value.isEmpty();
                    cells.add(value);
                }
                if (!blank) {
                    lines.add(new Line(r + 1, cells));
                }
                if (lines.size() > maxRows) {
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
