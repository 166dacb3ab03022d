package vn.lantoa.portal.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;
import vn.lantoa.newsroom.PublishedArticle;
import vn.lantoa.platform.PdfFonts;
import vn.lantoa.platform.VietnameseText;
import vn.lantoa.platform.Zone;

/**
 * "Save as PDF" of an article (Decree 42/2022 Art. 7): title, date, credits, summary, the text
 * paragraph by paragraph, the source and the republishing notice, set in the bundled DejaVu Sans
 * so that every Vietnamese letter shows.
 */
@Component
public class ArticlePdf {

    private static final Pattern BLOCK = Pattern.compile("(?is)<(p|h[1-6]|li|blockquote)[^>]*>(.*?)</\\1>");

    public byte[] render(PublishedArticle a, String url, String republishNotice) {
        try {
            BaseFont base = PdfFonts.regular();
            BaseFont baseBold = PdfFonts.bold();
            Font text = new Font(base, 11);
            Font small = new Font(base, 9);
            Font title = new Font(baseBold, 18);
            Font strong = new Font(baseBold, 11);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, 56, 56, 56, 56);
            PdfWriter.getInstance(document, out);
            document.addTitle(VietnameseText.nfc(a.title()));
            document.open();
            document.add(new Paragraph(VietnameseText.nfc(a.categoryName()), small));
            Paragraph heading = new Paragraph(VietnameseText.nfc(a.title()), title);
            heading.setSpacingAfter(6);
            document.add(heading);
            document.add(new Paragraph(Zone.DATE_TIME.format(a.publishedAt()), small));
            if (a.summary() != null && !a.summary().isBlank()) {
                Paragraph summary = new Paragraph(VietnameseText.nfc(a.summary()), strong);
                summary.setSpacingBefore(8);
                summary.setSpacingAfter(8);
                document.add(summary);
            }
            for (String block : paragraphs(a.bodyHtml())) {
                Paragraph p = new Paragraph(block, text);
                p.setAlignment(Element.ALIGN_JUSTIFIED);
                p.setSpacingAfter(6);
                document.add(p);
            }
            if (a.authorCredit() != null && !a.authorCredit().isBlank()) {
                Paragraph credit = new Paragraph("Bài: " + VietnameseText.nfc(a.authorCredit()), strong);
                credit.setAlignment(Element.ALIGN_RIGHT);
                document.add(credit);
            }
            if (a.photoCredit() != null && !a.photoCredit().isBlank()) {
                Paragraph credit = new Paragraph("Ảnh: " + VietnameseText.nfc(a.photoCredit()), strong);
                credit.setAlignment(Element.ALIGN_RIGHT);
                document.add(credit);
            }
            if (a.originName() != null && !a.originName().isBlank()) {
                document.add(new Paragraph("Nguồn: " + VietnameseText.nfc(a.originName()), small));
            }
            Paragraph link = new Paragraph(url, small);
            link.setSpacingBefore(12);
            document.add(link);
            if (republishNotice != null && !republishNotice.isBlank()) {
                document.add(new Paragraph(VietnameseText.nfc(republishNotice), small));
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the PDF of article " + a.id(), e);
        }
    }

    /** The text of each block element of the (sanitised) body; the whole text when there is none. */
    static List<String> paragraphs(String html) {
        List<String> blocks = new ArrayList<>();
        if (html == null) {
            return blocks;
        }
        Matcher m = BLOCK.matcher(html);
        while (m.find()) {
            String text = SearchText.plainText(m.group(2));
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        if (blocks.isEmpty()) {
            String text = SearchText.plainText(html);
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        return blocks;
    }
}
