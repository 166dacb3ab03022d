package vn.lantoa.statistics.internal.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.ColumnText;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfPageEventHelper;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The report as a Party committee sends it up (Hướng dẫn 36-HD/VPTW, 2018): on A4 with margins of
 * 20/20/30/15 mm, the issuing body top left (superior committee, the body in bold, "*", the number
 * "Số …-BC/…"), "ĐẢNG CỘNG SẢN VIỆT NAM" top right underlined with the place and date in italics
 * below, the title "BÁO CÁO" and its subject, the results in sentences, the charts and tables, then
 * "Nơi nhận:" bottom left and the signature block bottom right. Page numbers from the second page,
 * centred in the top margin.
 */
final class ReportPdf {

    private static final float MM = 72f / 25.4f;

    private ReportPdf() {}

    static byte[] render(ReportDocument doc) {
        ReportFonts.Faces faces = ReportFonts.pdf();
        ReportPdfTables.Fonts fonts = new ReportPdfTables.Fonts(
                new Font(faces.regular(), 13),
                new Font(faces.bold(), 13),
                new Font(faces.italic(), 13),
                new Font(faces.regular(), 11),
                new Font(faces.bold(), 11),
                new Font(faces.boldItalic(), 12));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPdfVersion(PdfWriter.VERSION_1_7);
            writer.setPageEvent(new PageNumbers(new Font(faces.regular(), 12)));
            document.addTitle(doc.t("statistics.report.title") + " " + doc.t("statistics.report.subject") + " "
                    + doc.periodText());
            document.addAuthor(doc.settings().issuingBody());
            document.open();
            header(document, doc, faces);
            title(document, doc, faces);
            body(document, doc, fonts, faces);
            signature(document, doc, faces);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the report PDF", e);
        }
        return out.toByteArray();
    }

    /** "Vĩnh Long, ngày 02 tháng 12 năm 2026" (the place from the settings). */
    static String placeAndDate(ReportDocument doc) {
        String place = doc.settings().place().isEmpty() ? "……" : doc.settings().place();
        return doc.t(
                "statistics.report.placeDate",
                place,
                String.format("%02d", doc.issuedOn().getDayOfMonth()),
                String.format("%02d", doc.issuedOn().getMonthValue()),
                String.valueOf(doc.issuedOn().getYear()));
    }

    /** "Số    -BC/BTGDVTU": the number itself is given when the document is issued. */
    static String number(ReportDocument doc) {
        return doc.t("statistics.report.number", doc.settings().numberSymbol());
    }

    private static void header(Document document, ReportDocument doc, ReportFonts.Faces faces)
            throws DocumentException {
        PdfPTable table = new PdfPTable(new float[] {46, 54});
        table.setWidthPercentage(100);
        PdfPCell left = cell();
        ReportSettings s = doc.settings();
        if (!s.superiorBody().isEmpty()) {
            left.addElement(centred(s.superiorBody(), new Font(faces.regular(), 12.5f)));
        }
        left.addElement(centred(s.issuingBody(), new Font(faces.bold(), 12.5f)));
        left.addElement(centred("*", new Font(faces.regular(), 13)));
        left.addElement(centred(number(doc), new Font(faces.regular(), 13)));
        PdfPCell right = cell();
        Paragraph party = new Paragraph();
        party.setAlignment(Element.ALIGN_CENTER);
        Chunk title = new Chunk(doc.t("statistics.report.party"), new Font(faces.bold(), 14));
        title.setUnderline(0.8f, -2.5f);
        party.add(title);
        right.addElement(party);
        Paragraph date = centred(placeAndDate(doc), new Font(faces.italic(), 12.5f));
        date.setSpacingBefore(8);
        right.addElement(date);
        table.addCell(left);
        table.addCell(right);
        document.add(table);
    }

    private static void title(Document document, ReportDocument doc, ReportFonts.Faces faces) throws DocumentException {
        Paragraph title = centred(doc.t("statistics.report.title"), new Font(faces.bold(), 15));
        title.setSpacingBefore(18);
        document.add(title);
        document.add(centred(doc.t("statistics.report.subject"), new Font(faces.bold(), 14)));
        document.add(centred(doc.periodText(), new Font(faces.bold(), 14)));
        Paragraph rule = centred("-----", new Font(faces.regular(), 13));
        rule.setSpacingAfter(10);
        document.add(rule);
    }

    private static void body(
            Document document, ReportDocument doc, ReportPdfTables.Fonts fonts, ReportFonts.Faces faces)
            throws DocumentException {
        document.add(heading(doc.t("statistics.report.section.results"), fonts.bold()));
        for (ReportNarrative.Section section : ReportNarrative.sections(doc)) {
            document.add(heading(section.heading(), fonts.bold()));
            for (String text : section.paragraphs()) {
                document.add(paragraph(text, fonts.body()));
            }
        }
        document.add(heading(doc.t("statistics.report.section.details"), fonts.bold()));
        float width = document.right() - document.left();
        int chart = 0;
        if (!doc.figures().children().isEmpty()) {
            chart(document, ReportCharts.byUnit(doc, width), caption(doc, ++chart, "byUnit"), fonts);
        }
        ReportPdfTables tables = new ReportPdfTables(document, doc, fonts);
        tables.units();
        if (doc.trendRows().size() > 1) {
            chart(document, ReportCharts.trend(doc, width), caption(doc, ++chart, "trend"), fonts);
        }
        tables.trend();
        tables.slices();
        if (doc.figures().reportsTotal() > 0) {
            chart(document, ReportCharts.categories(doc, width), caption(doc, ++chart, "categories"), fonts);
        }
        tables.reports();
    }

    /** The chart and its caption, kept on one page. */
    private static void chart(Document document, byte[] png, String caption, ReportPdfTables.Fonts fonts)
            throws DocumentException {
        try {
            Image image = Image.getInstance(png);
            image.setAlt(caption);
            PdfPTable frame = new PdfPTable(1);
            frame.setWidthPercentage(100);
            frame.setKeepTogether(true);
            frame.setSpacingBefore(8);
            PdfPCell picture = new PdfPCell(image, true);
            picture.setBorder(Rectangle.NO_BORDER);
            frame.addCell(picture);
            PdfPCell under = new PdfPCell(new Phrase(caption, fonts.caption()));
            under.setBorder(Rectangle.NO_BORDER);
            under.setHorizontalAlignment(Element.ALIGN_CENTER);
            under.setPaddingBottom(6);
            frame.addCell(under);
            document.add(frame);
        } catch (IOException e) {
            throw new IllegalStateException("Could not place a chart", e);
        }
    }

    /** "Biểu đồ 1. …" */
    private static String caption(ReportDocument doc, int number, String chart) {
        return doc.t(
                "statistics.report.chartCaption", String.valueOf(number), doc.t("statistics.report.chart." + chart));
    }

    private static void signature(Document document, ReportDocument doc, ReportFonts.Faces faces)
            throws DocumentException {
        ReportSettings s = doc.settings();
        PdfPTable table = new PdfPTable(new float[] {50, 50});
        table.setWidthPercentage(100);
        table.setSpacingBefore(18);
        table.setKeepTogether(true);
        PdfPCell left = cell();
        Paragraph to = new Paragraph();
        Chunk label = new Chunk(doc.t("statistics.report.recipients"), new Font(faces.boldItalic(), 12));
        label.setUnderline(0.6f, -2f);
        to.add(label);
        left.addElement(to);
        List<String> recipients =
                s.recipientLines().isEmpty() ? List.of(doc.t("statistics.report.archive")) : s.recipientLines();
        for (String r : recipients) {
            Paragraph line = new Paragraph("- " + r, new Font(faces.regular(), 11));
            line.setLeading(14);
            left.addElement(line);
        }
        PdfPCell right = cell();
        Font bold = new Font(faces.bold(), 13);
        right.addElement(centred(blankAs(s.signerCapacity()), bold));
        right.addElement(centred(blankAs(s.signerRole()), bold));
        Paragraph name = centred(blankAs(s.signerName()), bold);
        name.setSpacingBefore(64);
        right.addElement(name);
        table.addCell(left);
        table.addCell(right);
        document.add(table);
    }

    private static String blankAs(String value) {
        return value.isEmpty() ? "…………………" : value;
    }

    private static PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    static Paragraph centred(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setLeading(font.getSize() * 1.25f);
        return p;
    }

    private static Paragraph heading(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setLeading(font.getSize() * 1.3f);
        p.setSpacingBefore(6);
        p.setSpacingAfter(2);
        p.setFirstLineIndent(1 * 28.35f);
        return p;
    }

    private static Paragraph paragraph(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_JUSTIFIED);
        p.setFirstLineIndent(1 * 28.35f);
        p.setLeading(font.getSize() * 1.3f);
        p.setSpacingAfter(4);
        return p;
    }

    /** The page number, centred in the top margin, from the second page on. */
    private static final class PageNumbers extends PdfPageEventHelper {
        private final Font font;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int page = writer.getPageNumber();
            if (page < 2) {
                return;
            }
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_CENTER,
                    new Phrase(String.valueOf(page), font),
                    (document.left() + document.right()) / 2,
                    document.top() + 10 * MM,
                    0);
        }
    }
}
