package vn.lantoa.statistics.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Function;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import vn.lantoa.links.Platform;
import vn.lantoa.platform.PdfFonts;
import vn.lantoa.platform.Zone;

/**
 * The participation report as a PDF for the periodic report: the period, a bar chart of shares per
 * unit (verified and self-reported side by side), and the page's tables with the scope's total. Set
 * in the bundled DejaVu Sans so every Vietnamese letter shows and can be extracted again.
 */
public final class ParticipationPdf {

    private static final Color VERIFIED = new Color(0xA5, 0x1C, 0x1C);
    private static final Color SELF_REPORTED = new Color(0xC8, 0xC8, 0xC8);

    private ParticipationPdf() {}

    /** @param t the text of a message key in the reader's language */
    public static byte[] render(ParticipationReport.Report report, Function<String, String> t) {
        BaseFont regular = PdfFonts.regular();
        BaseFont boldFace = PdfFonts.bold();
        Font text = new Font(regular, 9);
        Font bold = new Font(boldFace, 9);
        Font heading = new Font(boldFace, 12);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            String title = t.apply("participation.title") + ": " + Zone.DATE.format(report.from()) + " – "
                    + Zone.DATE.format(report.to());
            document.addTitle(title);
            document.open();
            document.add(new Paragraph(title, new Font(boldFace, 15)));
            Paragraph note = new Paragraph(t.apply("participation.note"), new Font(regular, 8));
            note.setSpacingAfter(8);
            document.add(note);

            document.add(new Paragraph(t.apply("participation.chart"), heading));
            chart(document, writer, report.units(), regular, t);

            document.add(section(t.apply("participation.byUnit"), heading));
            PdfPTable units = table(t.apply("participation.unit"), t, bold);
            for (ParticipationReport.Row row : report.units()) {
                counts(units, "  ".repeat(Math.max(0, row.depth())) + row.name(), row, text);
            }
            counts(units, t.apply("participation.total"), report.total(), bold);
            document.add(units);

            document.add(section(t.apply("participation.byGroup"), heading));
            PdfPTable groups = table(t.apply("participation.group"), t, bold);
            for (ParticipationReport.Row row : report.groups()) {
                counts(groups, row.name(), row, text);
            }
            document.add(groups);

            document.add(section(t.apply("participation.byTopic"), heading));
            PdfPTable topics = new PdfPTable(new float[] {5, 2, 1.5f, 1.5f});
            topics.setWidthPercentage(100);
            for (String key :
                    List.of("statistics.topic", "statistics.platform", "statistics.shares", "statistics.rebuttals")) {
                topics.addCell(new PdfPCell(new Phrase(t.apply(key), bold)));
            }
            for (ParticipationReport.Breakdown b : report.breakdown()) {
                topics.addCell(new Phrase(b.topic().isEmpty() ? t.apply("participation.noCampaign") : b.topic(), text));
                topics.addCell(new Phrase(t.apply(Platform.labelKey(b.platform())), text));
                topics.addCell(number(b.shares(), text));
                topics.addCell(number(b.rebuttals(), text));
            }
            document.add(topics);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the participation PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * One bar per unit with shares: the verified part in the department's red, the self-reported
     * part in grey after it, the two numbers at the end. Drawn below the current position.
     */
    private static void chart(
            Document document,
            PdfWriter writer,
            List<ParticipationReport.Row> units,
            BaseFont font,
            Function<String, String> t)
            throws DocumentException {
        List<ParticipationReport.Row> shown = units.stream()
                .filter(u -> u.sharesVerified() + u.sharesSelfReported() > 0)
                .toList();
        float rowHeight = 14;
        float height = (shown.size() + 1) * rowHeight + 6;
        if (writer.getVerticalPosition(true) - height < document.bottom()) {
            document.newPage();
        }
        float top = writer.getVerticalPosition(true) - 4;
        float left = document.left();
        float labelWidth = 220;
        float barWidth = document.right() - left - labelWidth - 80;
        long max = Math.max(
                1,
                shown.stream()
                        .mapToLong(u -> u.sharesVerified() + u.sharesSelfReported())
                        .max()
                        .orElse(1));
        PdfContentByte canvas = writer.getDirectContent();
        float y = top;
        for (ParticipationReport.Row u : shown) {
            y -= rowHeight;
            label(canvas, font, u.name(), left, y + 3, labelWidth - 6);
            float verified = barWidth * u.sharesVerified() / max;
            float self = barWidth * u.sharesSelfReported() / max;
            bar(canvas, VERIFIED, left + labelWidth, y + 1, verified, rowHeight - 4);
            bar(canvas, SELF_REPORTED, left + labelWidth + verified, y + 1, self, rowHeight - 4);
            label(
                    canvas,
                    font,
                    u.sharesVerified() + " + " + u.sharesSelfReported(),
                    left + labelWidth + verified + self + 4,
                    y + 3,
                    76);
        }
        y -= rowHeight;
        bar(canvas, VERIFIED, left + labelWidth, y + 3, 8, 8);
        label(canvas, font, t.apply("participation.sharesVerified"), left + labelWidth + 12, y + 3, 150);
        bar(canvas, SELF_REPORTED, left + labelWidth + 170, y + 3, 8, 8);
        label(canvas, font, t.apply("participation.sharesSelf"), left + labelWidth + 182, y + 3, 150);
        if (shown.isEmpty()) {
            label(canvas, font, "—", left, top - rowHeight + 3, labelWidth);
        }
        Paragraph spacer = new Paragraph(" ");
        spacer.setSpacingBefore(height - 10);
        document.add(spacer);
    }

    private static void bar(PdfContentByte canvas, Color color, float x, float y, float width, float height) {
        if (width <= 0) {
            return;
        }
        canvas.saveState();
        canvas.setColorFill(color);
        canvas.rectangle(x, y, width, height);
        canvas.fill();
        canvas.restoreState();
    }

    private static void label(PdfContentByte canvas, BaseFont font, String text, float x, float y, float width) {
        String fitted = text;
        while (fitted.length() > 1 && font.getWidthPoint(fitted, 8) > width) {
            fitted = fitted.substring(0, fitted.length() - 2) + "…";
        }
        canvas.beginText();
        canvas.setFontAndSize(font, 8);
        canvas.setColorFill(Color.BLACK);
        canvas.showTextAligned(Element.ALIGN_LEFT, fitted, x, y, 0);
        canvas.endText();
    }

    private static Paragraph section(String title, Font font) {
        Paragraph p = new Paragraph(title, font);
        p.setSpacingBefore(10);
        p.setSpacingAfter(4);
        return p;
    }

    private static PdfPTable table(String first, Function<String, String> t, Font bold) {
        PdfPTable table = new PdfPTable(new float[] {4, 1, 1, 1.3f, 1.3f, 1.3f, 1.3f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.addCell(new PdfPCell(new Phrase(first, bold)));
        for (String key : ParticipationReport.COUNT_LABELS) {
            table.addCell(new PdfPCell(new Phrase(t.apply(key), bold)));
        }
        return table;
    }

    private static void counts(PdfPTable table, String name, ParticipationReport.Row row, Font font) {
        table.addCell(new Phrase(name, font));
        for (long value : row.counts()) {
            table.addCell(number(value, font));
        }
    }

    private static PdfPCell number(long value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(value), font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }
}
