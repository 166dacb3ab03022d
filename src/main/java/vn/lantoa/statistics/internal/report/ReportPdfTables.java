package vn.lantoa.statistics.internal.report;

import static vn.lantoa.statistics.internal.report.VietnameseNumbers.count;

import java.awt.Color;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import vn.lantoa.statistics.internal.UnitFigures.Totals;

/** The numbered tables of the document's second part: one per breakdown, totals in bold. */
final class ReportPdfTables {

    record Fonts(Font body, Font bold, Font italic, Font cell, Font cellBold, Font caption) {}

    private static final Color HEAD = new Color(0xF2, 0xE6, 0xE6);

    private final Document document;
    private final ReportDocument doc;
    private final Fonts fonts;
    private int number;

    ReportPdfTables(Document document, ReportDocument doc, Fonts fonts) {
        this.document = document;
        this.doc = doc;
        this.fonts = fonts;
    }

    /** Members, participation and actions of each child unit, with the unit's total and rate. */
    void units() throws DocumentException {
        List<String> keys = new java.util.ArrayList<>(ReportDocument.UNIT_COLUMNS);
        keys.add("statistics.report.col.rate");
        PdfPTable table = table("statistics.report.byUnit", "statistics.report.col.unit", keys, 3.2f);
        for (ReportDocument.Row r : doc.unitRows()) {
            row(table, r.label(), r.values(), fonts.cell());
            table.addCell(number(VietnameseNumbers.percent(rate(r.values()[0], r.values()[1])), fonts.cell()));
        }
        Totals t = doc.figures().totals();
        row(
                table,
                doc.t("statistics.report.total"),
                new long[] {
                    t.members(),
                    t.activeMembers(),
                    t.sharesVerified(),
                    t.sharesSelfReported(),
                    t.rebuttalsVerified(),
                    t.rebuttalsSelfReported()
                },
                fonts.cellBold());
        table.addCell(number(VietnameseNumbers.percent(t.activeRate()), fonts.cellBold()));
        document.add(table);
    }

    void trend() throws DocumentException {
        List<ReportDocument.Row> rows = doc.trendRows();
        PdfPTable table = table(
                "statistics.report.trend",
                "statistics.report.col.bucket",
                List.of(
                        "statistics.report.col.shares",
                        "statistics.report.col.rebuttals",
                        "statistics.report.col.activeInBucket"),
                2.2f);
        for (ReportDocument.Row r : rows) {
            row(table, r.label(), r.values(), fonts.cell());
        }
        Totals t = doc.figures().totals();
        row(table, doc.t("statistics.report.total"), new long[] {t.shares(), t.rebuttals()}, fonts.cellBold());
        table.addCell(number("", fonts.cellBold()));
        document.add(table);
    }

    /** Topics, platforms and official sources. */
    void slices() throws DocumentException {
        List<String> both = List.of("statistics.report.col.shares", "statistics.report.col.rebuttals");
        simple("statistics.report.byTopic", "statistics.report.col.topic", both, doc.topicRows());
        simple("statistics.report.byPlatform", "statistics.report.col.platform", both, doc.platformRows());
        simple(
                "statistics.report.bySource",
                "statistics.report.col.source",
                List.of("statistics.report.col.shares"),
                doc.sourceRows());
    }

    void reports() throws DocumentException {
        List<String> one = List.of("statistics.report.col.reports");
        simple("statistics.report.byCategory", "statistics.report.col.category", one, doc.categoryRows());
        simple("statistics.report.byStatus", "statistics.report.col.status", one, doc.statusRows());
    }

    private void simple(String titleKey, String firstKey, List<String> keys, List<ReportDocument.Row> rows)
            throws DocumentException {
        PdfPTable table = table(titleKey, firstKey, keys, 3.2f);
        long[] sum = new long[keys.size()];
        for (ReportDocument.Row r : rows) {
            row(table, r.label(), r.values(), fonts.cell());
            for (int i = 0; i < sum.length; i++) {
                sum[i] += r.values()[i];
            }
        }
        row(table, doc.t("statistics.report.total"), sum, fonts.cellBold());
        document.add(table);
    }

    private PdfPTable table(String titleKey, String firstKey, List<String> keys, float firstWidth)
            throws DocumentException {
        Paragraph caption = new Paragraph(
                doc.t("statistics.report.tableCaption", String.valueOf(++number), doc.t(titleKey)), fonts.caption());
        caption.setAlignment(Element.ALIGN_CENTER);
        caption.setLeading(fonts.caption().getSize() * 1.3f);
        caption.setSpacingBefore(10);
        caption.setSpacingAfter(6);
        document.add(caption);
        float[] widths = new float[keys.size() + 1];
        widths[0] = firstWidth;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingAfter(6);
        head(table, doc.t(firstKey));
        for (String key : keys) {
            head(table, doc.t(key));
        }
        return table;
    }

    private void head(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, fonts.cellBold()));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setBackgroundColor(HEAD);
        cell.setPadding(4);
        table.addCell(cell);
    }

    private static void row(PdfPTable table, String label, long[] values, Font font) {
        PdfPCell name = new PdfPCell(new Phrase(label, font));
        name.setPadding(4);
        table.addCell(name);
        for (long v : values) {
            table.addCell(number(count(v), font));
        }
    }

    private static PdfPCell number(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setPadding(4);
        return cell;
    }

    private static double rate(long members, long active) {
        return members == 0 ? 0 : (double) active / members;
    }
}
