package vn.lantoa.statistics.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lantoa.links.Platform;
import vn.lantoa.platform.Zone;

/**
 * The participation report as an XLSX workbook, for the periodic report a manager sends up: one
 * sheet per table of the page (units with the scope's total, groups, topics and platforms), the
 * period in the first row, numbers as numbers. Texts come from the message bundle of the reader's
 * language.
 */
public final class ParticipationWorkbook {

    private ParticipationWorkbook() {}

    /** @param t the text of a message key in the reader's language */
    public static byte[] render(ParticipationReport.Report report, Function<String, String> t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            String title = t.apply("participation.title") + ": " + Zone.DATE.format(report.from()) + " – "
                    + Zone.DATE.format(report.to());

            Sheet units =
                    sheet(workbook, t.apply("participation.byUnit"), title, t.apply("participation.unit"), t, bold);
            int r = 2;
            for (ParticipationReport.Row row : report.units()) {
                counts(units.createRow(r++), "  ".repeat(Math.max(0, row.depth())) + row.name(), row, null);
            }
            counts(units.createRow(r), t.apply("participation.total"), report.total(), bold);

            Sheet groups =
                    sheet(workbook, t.apply("participation.byGroup"), title, t.apply("participation.group"), t, bold);
            r = 2;
            for (ParticipationReport.Row row : report.groups()) {
                counts(groups.createRow(r++), row.name(), row, null);
            }

            Sheet topics = workbook.createSheet(safe(t.apply("participation.byTopic")));
            topics.createRow(0).createCell(0).setCellValue(title);
            Row header = topics.createRow(1);
            List<String> heads =
                    List.of("statistics.topic", "statistics.platform", "statistics.shares", "statistics.rebuttals");
            for (int c = 0; c < heads.size(); c++) {
                header.createCell(c).setCellValue(t.apply(heads.get(c)));
                header.getCell(c).setCellStyle(bold);
            }
            r = 2;
            for (ParticipationReport.Breakdown b : report.breakdown()) {
                Row row = topics.createRow(r++);
                row.createCell(0).setCellValue(b.topic().isEmpty() ? t.apply("participation.noCampaign") : b.topic());
                row.createCell(1).setCellValue(t.apply(Platform.labelKey(b.platform())));
                row.createCell(2).setCellValue(b.shares());
                row.createCell(3).setCellValue(b.rebuttals());
            }
            topics.setColumnWidth(0, 60 * 256);
            topics.setColumnWidth(1, 16 * 256);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Sheet sheet(
            XSSFWorkbook workbook,
            String name,
            String title,
            String first,
            Function<String, String> t,
            CellStyle bold) {
        Sheet sheet = workbook.createSheet(safe(name));
        sheet.createRow(0).createCell(0).setCellValue(title);
        Row header = sheet.createRow(1);
        header.createCell(0).setCellValue(first);
        header.getCell(0).setCellStyle(bold);
        List<String> labels = ParticipationReport.COUNT_LABELS;
        for (int c = 0; c < labels.size(); c++) {
            header.createCell(c + 1).setCellValue(t.apply(labels.get(c)));
            header.getCell(c + 1).setCellStyle(bold);
            sheet.setColumnWidth(c + 1, 18 * 256);
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.createFreezePane(1, 2);
        return sheet;
    }

    private static void counts(Row row, String name, ParticipationReport.Row counts, CellStyle style) {
        long[] values = counts.counts();
        row.createCell(0).setCellValue(name);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c + 1).setCellValue(values[c]);
        }
        if (style != null) {
            row.forEach(cell -> cell.setCellStyle(style));
        }
    }

    /** Sheet names may not hold some characters and are at most 31 long. */
    private static String safe(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
