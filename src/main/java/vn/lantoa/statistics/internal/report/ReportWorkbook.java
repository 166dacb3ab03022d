package vn.lantoa.statistics.internal.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.lantoa.statistics.internal.UnitFigures;

/**
 * The report as a workbook an office sends up: a summary sheet headed like the document (issuing
 * body, title, unit, period) whose totals are formulas over the breakdown sheets, and one sheet
 * per breakdown (child units, topics, platforms, sources, reports, trend). Numbers are numbers;
 * totals are {@code =SUM} formulas with their values computed, so any reader shows them.
 */
final class ReportWorkbook {

    static final String SUMMARY = "Tổng hợp";
    static final String UNITS = "Theo đơn vị";
    static final String TOPICS = "Theo chủ đề";
    static final String PLATFORMS = "Theo nền tảng";
    static final String SOURCES = "Theo nguồn tin";
    static final String REPORTS = "Phản ánh";
    static final String TREND = "Diễn biến";

    private ReportWorkbook() {}

    static byte[] render(ReportDocument doc) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Styles styles = new Styles(book);
            Sheet summary = book.createSheet(SUMMARY);
            Table units = new Table(book.createSheet(UNITS), styles)
                    .heading(doc, "statistics.report.byUnit")
                    .header(doc, "statistics.report.col.unit", ReportDocument.UNIT_COLUMNS)
                    .rows(doc.unitRows())
                    .total(doc, 6);
            rates(units, styles, doc);
            new Table(book.createSheet(TOPICS), styles)
                    .heading(doc, "statistics.report.byTopic")
                    .header(
                            doc,
                            "statistics.report.col.topic",
                            List.of("statistics.report.col.shares", "statistics.report.col.rebuttals"))
                    .rows(doc.topicRows())
                    .total(doc, 2);
            new Table(book.createSheet(PLATFORMS), styles)
                    .heading(doc, "statistics.report.byPlatform")
                    .header(
                            doc,
                            "statistics.report.col.platform",
                            List.of("statistics.report.col.shares", "statistics.report.col.rebuttals"))
                    .rows(doc.platformRows())
                    .total(doc, 2);
            new Table(book.createSheet(SOURCES), styles)
                    .heading(doc, "statistics.report.bySource")
                    .header(doc, "statistics.report.col.source", List.of("statistics.report.col.shares"))
                    .rows(doc.sourceRows())
                    .total(doc, 1);
            Sheet reportSheet = book.createSheet(REPORTS);
            Table categories = new Table(reportSheet, styles)
                    .heading(doc, "statistics.report.byCategory")
                    .header(doc, "statistics.report.col.category", List.of("statistics.report.col.reports"))
                    .rows(doc.categoryRows())
                    .total(doc, 1);
            new Table(reportSheet, styles, categories.next + 1)
                    .title(doc.t("statistics.report.byStatus"))
                    .header(doc, "statistics.report.col.status", List.of("statistics.report.col.reports"))
                    .rows(doc.statusRows())
                    .total(doc, 1);
            new Table(book.createSheet(TREND), styles)
                    .heading(doc, "statistics.report.trend")
                    .header(
                            doc,
                            "statistics.report.col.bucket",
                            List.of(
                                    "statistics.report.col.shares",
                                    "statistics.report.col.rebuttals",
                                    "statistics.report.col.activeInBucket"))
                    .rows(doc.trendRows())
                    .total(doc, 2);
            summary(summary, doc, styles, units, categories);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The participation rate of each unit row and of the total: a formula, shown as a percentage. */
    private static void rates(Table units, Styles styles, ReportDocument doc) {
        Row header = units.sheet.getRow(units.headerRow);
        Cell h = header.createCell(7);
        h.setCellValue(doc.t("statistics.report.col.rate"));
        h.setCellStyle(styles.header);
        for (int r = units.headerRow + 1; r <= units.totalRow; r++) {
            Cell c = units.sheet.getRow(r).createCell(7);
            c.setCellFormula("IF(B" + (r + 1) + "=0,0,C" + (r + 1) + "/B" + (r + 1) + ")");
            c.setCellStyle(r == units.totalRow ? styles.totalPercent : styles.percent);
        }
        units.sheet.setColumnWidth(7, 16 * 256);
    }

    private static void summary(Sheet sheet, ReportDocument doc, Styles styles, Table units, Table categories) {
        ReportSettings s = doc.settings();
        text(sheet, 0, 0, s.superiorBody(), styles.plainCenter);
        text(sheet, 0, 2, doc.t("statistics.report.party"), styles.boldCenter);
        text(sheet, 1, 0, s.issuingBody(), styles.boldCenter);
        text(sheet, 1, 2, ReportPdf.placeAndDate(doc), styles.italicCenter);
        text(sheet, 2, 0, "*", styles.plainCenter);
        text(sheet, 3, 0, ReportPdf.number(doc), styles.plainCenter);
        for (int r = 0; r <= 3; r++) {
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
            if (r <= 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 2, 3));
            }
        }
        text(sheet, 5, 0, doc.t("statistics.report.title"), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(5, 5, 0, 3));
        text(sheet, 6, 0, doc.t("statistics.report.subject") + " " + doc.periodText(), styles.boldCenter);
        sheet.addMergedRegion(new CellRangeAddress(6, 6, 0, 3));
        text(sheet, 7, 0, doc.figures().unitName(), styles.boldCenter);
        sheet.addMergedRegion(new CellRangeAddress(7, 7, 0, 3));

        int r = 9;
        Row header = sheet.createRow(r);
        String[] titles = {
            "STT",
            doc.t("statistics.report.col.item"),
            doc.t("statistics.report.col.value"),
            doc.t("statistics.report.col.note")
        };
        for (int i = 0; i < titles.length; i++) {
            Cell c = header.createCell(i);
            c.setCellValue(titles[i]);
            c.setCellStyle(styles.header);
        }
        UnitFigures f = doc.figures();
        String u = "'" + UNITS + "'!";
        int tr = units.totalRow + 1;
        int first = r + 2;
        int line = 0;
        line(sheet, ++r, ++line, doc.t("statistics.report.line.members"), "=" + u + "B" + tr, styles.number, styles);
        line(sheet, ++r, ++line, doc.t("statistics.report.line.active"), "=" + u + "C" + tr, styles.number, styles);
        line(
                sheet,
                ++r,
                ++line,
                doc.t("statistics.report.line.rate"),
                "=IF(C" + first + "=0,0,C" + (first + 1) + "/C" + first + ")",
                styles.percent,
                styles);
        line(
                sheet,
                ++r,
                ++line,
                doc.t("statistics.report.line.sharesVerified"),
                "=" + u + "D" + tr,
                styles.number,
                styles);
        line(sheet, ++r, ++line, doc.t("statistics.report.line.sharesSelf"), "=" + u + "E" + tr, styles.number, styles);
        line(
                sheet,
                ++r,
                ++line,
                doc.t("statistics.report.line.shares"),
                "=C" + (first + 3) + "+C" + (first + 4),
                styles.totalNumber,
                styles);
        line(
                sheet,
                ++r,
                ++line,
                doc.t("statistics.report.line.sharesRejected"),
                f.shares().rejected(),
                styles.number,
                styles);
        line(
                sheet,
                ++r,
                ++line,
                doc.t("statistics.report.line.rebuttalsVerified"),
                "=" + u + "F" + tr,
                styles.number,
                styles);
        line(
                sheet,
                ++r,
                ++line,
                doc.t("statistics.report.line.rebuttalsSelf"),
                "=" + u + "G" + tr,
                styles.number,
                styles);
        line(
                sheet,
                ++r,
                ++line,
                doc.t("statistics.report.line.rebuttals"),
                "=C" + (first + 7) + "+C" + (first + 8),
                styles.totalNumber,
                styles);
        line(
                sheet,
                ++r,
                ++line,
                doc.t("statistics.report.line.rebuttalsRejected"),
                f.rebuttals().rejected(),
                styles.number,
                styles);
        line(
                sheet,
                ++r,
                ++line,
                doc.t("statistics.report.line.reports"),
                "='" + REPORTS + "'!B" + (categories.totalRow + 1),
                styles.number,
                styles);
        line(
                sheet,
                ++r,
                ++line,
                doc.t("statistics.report.line.refuted"),
                f.refutationsPublished(),
                styles.number,
                styles);
        Cell median =
                line(sheet, ++r, ++line, doc.t("statistics.report.line.medianHours"), null, styles.decimal, styles);
        if (f.medianTimeToRefutation() != null) {
            median.setCellValue(Math.round(f.medianTimeToRefutation().toMinutes() / 6.0) / 10.0);
        } else {
            median.setCellValue("—");
        }
        line(sheet, ++r, ++line, doc.t("statistics.report.line.visits"), f.portalVisits(), styles.number, styles);
        sheet.setColumnWidth(0, 6 * 256);
        sheet.setColumnWidth(1, 58 * 256);
        sheet.setColumnWidth(2, 16 * 256);
        sheet.setColumnWidth(3, 30 * 256);
    }

    private static Cell line(Sheet sheet, int r, int no, String label, Object value, CellStyle style, Styles styles) {
        Row row = sheet.createRow(r);
        Cell n = row.createCell(0);
        n.setCellValue(no);
        n.setCellStyle(styles.cell);
        Cell l = row.createCell(1);
        l.setCellValue(label);
        l.setCellStyle(styles.cell);
        Cell v = row.createCell(2);
        v.setCellStyle(style);
        if (value instanceof String formula) {
            v.setCellFormula(formula.substring(1));
        } else if (value instanceof Long number) {
            v.setCellValue(number);
        }
        row.createCell(3).setCellStyle(styles.cell);
        return v;
    }

    private static void text(Sheet sheet, int r, int c, String value, CellStyle style) {
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** One table on a sheet: a heading, a header row, the rows and a total row of =SUM formulas. */
    private static final class Table {
        final Sheet sheet;
        final Styles styles;
        int next;
        int headerRow;
        int totalRow;
        int columns;

        Table(Sheet sheet, Styles styles) {
            this(sheet, styles, 0);
        }

        Table(Sheet sheet, Styles styles, int start) {
            this.sheet = sheet;
            this.styles = styles;
            this.next = start;
        }

        Table heading(ReportDocument doc, String titleKey) {
            text(sheet, next++, 0, doc.t(titleKey) + " — " + doc.figures().unitName(), styles.bold);
            text(sheet, next++, 0, doc.periodText(), styles.italic);
            next++;
            return this;
        }

        Table title(String title) {
            text(sheet, next++, 0, title, styles.bold);
            return this;
        }

        Table header(ReportDocument doc, String firstKey, List<String> keys) {
            headerRow = next++;
            Row row = sheet.createRow(headerRow);
            Cell first = row.createCell(0);
            first.setCellValue(doc.t(firstKey));
            first.setCellStyle(styles.header);
            for (int i = 0; i < keys.size(); i++) {
                Cell c = row.createCell(i + 1);
                c.setCellValue(doc.t(keys.get(i)));
                c.setCellStyle(styles.header);
            }
            columns = keys.size();
            sheet.setColumnWidth(0, 46 * 256);
            for (int i = 1; i <= columns; i++) {
                sheet.setColumnWidth(i, 16 * 256);
            }
            sheet.createFreezePane(0, headerRow + 1);
            return this;
        }

        Table rows(List<ReportDocument.Row> rows) {
            for (ReportDocument.Row r : rows) {
                Row row = sheet.createRow(next++);
                Cell label = row.createCell(0);
                label.setCellValue(r.label());
                label.setCellStyle(styles.cell);
                for (int i = 0; i < r.values().length; i++) {
                    Cell c = row.createCell(i + 1);
                    c.setCellValue(r.values()[i]);
                    c.setCellStyle(styles.number);
                }
            }
            return this;
        }

        /** A total row: =SUM over the rows for the first {@code summed} columns, the others left empty. */
        Table total(ReportDocument doc, int summed) {
            totalRow = next++;
            Row row = sheet.createRow(totalRow);
            Cell label = row.createCell(0);
            label.setCellValue(doc.t("statistics.report.total"));
            label.setCellStyle(styles.totalLabel);
            for (int i = 1; i <= columns; i++) {
                Cell c = row.createCell(i);
                c.setCellStyle(styles.totalNumber);
                if (i <= summed) {
                    String col = CellReference.convertNumToColString(i);
                    c.setCellFormula(
                            totalRow == headerRow + 1
                                    ? "0"
                                    : "SUM(" + col + (headerRow + 2) + ":" + col + totalRow + ")");
                }
            }
            return this;
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle cell;
        final CellStyle number;
        final CellStyle decimal;
        final CellStyle percent;
        final CellStyle totalLabel;
        final CellStyle totalNumber;
        final CellStyle totalPercent;
        final CellStyle bold;
        final CellStyle italic;
        final CellStyle plainCenter;
        final CellStyle boldCenter;
        final CellStyle italicCenter;
        final CellStyle title;

        Styles(XSSFWorkbook book) {
            Font boldFont = font(book, true, false, 12);
            Font plain = font(book, false, false, 12);
            Font italicFont = font(book, false, true, 12);
            header = bordered(book, boldFont);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            cell = bordered(book, plain);
            number = bordered(book, plain);
            number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            decimal = bordered(book, plain);
            decimal.setDataFormat(book.createDataFormat().getFormat("#,##0.0"));
            percent = bordered(book, plain);
            percent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            totalLabel = bordered(book, boldFont);
            totalNumber = bordered(book, boldFont);
            totalNumber.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            totalPercent = bordered(book, boldFont);
            totalPercent.setDataFormat(book.createDataFormat().getFormat("0.0%"));
            bold = plain(book, boldFont, HorizontalAlignment.LEFT);
            italic = plain(book, italicFont, HorizontalAlignment.LEFT);
            plainCenter = plain(book, plain, HorizontalAlignment.CENTER);
            boldCenter = plain(book, boldFont, HorizontalAlignment.CENTER);
            italicCenter = plain(book, italicFont, HorizontalAlignment.CENTER);
            title = plain(book, font(book, true, false, 15), HorizontalAlignment.CENTER);
        }

        private static Font font(XSSFWorkbook book, boolean bold, boolean italic, int points) {
            Font f = book.createFont();
            f.setFontName("Times New Roman");
            f.setBold(bold);
            f.setItalic(italic);
            f.setFontHeightInPoints((short) points);
            return f;
        }

        private static CellStyle plain(XSSFWorkbook book, Font font, HorizontalAlignment align) {
            CellStyle s = book.createCellStyle();
            s.setFont(font);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        }

        private static CellStyle bordered(XSSFWorkbook book, Font font) {
            CellStyle s = book.createCellStyle();
            s.setFont(font);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }
}
