package vn.lantoa.reports.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.PdfFonts;
import vn.lantoa.platform.VietnameseText;
import vn.lantoa.platform.Zone;

/** The forward package as a PDF in Vietnamese, set in the bundled DejaVu Sans (platform's {@link PdfFonts}). */
@Component
public class ForwardPdf {

    private final MessageSource messages;

    ForwardPdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(ForwardPackage p) {
        Font text = new Font(PdfFonts.regular(), 10);
        Font small = new Font(PdfFonts.regular(), 8);
        Font title = new Font(PdfFonts.bold(), 15);
        Font heading = new Font(PdfFonts.bold(), 11);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(t("reports.forward.pdf.heading"));
            document.open();
            add(document, t("reports.forward.pdf.heading"), title, 6);
            add(
                    document,
                    t("reports.forward.pdf.cluster", String.valueOf(p.clusterId()), date(p.generatedAt())),
                    small,
                    8);
            add(document, t("reports.forward.pdf.category", p.category().label()), text, 2);
            if (p.claim() != null) {
                add(document, t("reports.forward.pdf.claim", p.claim().statement()), text, 2);
                add(document, t("reports.forward.pdf.verdict", p.claim().vafcLabel()), text, 2);
                if (p.claim().refutationUrl() != null) {
                    add(document, p.claim().refutationUrl(), small, 2);
                }
            }
            add(document, t("reports.forward.pdf.seen", date(p.firstSeen()), date(p.lastSeen())), text, 2);
            add(
                    document,
                    t(
                            "reports.forward.pdf.reporters",
                            p.reporters().independent(),
                            p.reporters().withoutContact(),
                            p.reporters().reports()),
                    text,
                    8);
            add(document, t("reports.forward.pdf.links"), heading, 4);
            for (ForwardPackage.Link l : p.links()) {
                String state = l.removedAt() != null
                        ? t("reports.recheck.outcome.REMOVED") + " " + date(l.removedAt())
                        : l.lastOutcome() == null
                                ? t("reports.recheck.notChecked")
                                : t("reports.recheck.outcome." + l.lastOutcome());
                add(
                        document,
                        t(
                                "reports.forward.pdf.link",
                                l.url(),
                                l.reports(),
                                date(l.firstSeen()),
                                date(l.lastSeen()),
                                state),
                        text,
                        2);
            }
            add(document, t("reports.forward.pdf.reports"), heading, 4);
            for (ForwardPackage.ReportText r : p.reports()) {
                add(document, r.trackingCode() + " — " + date(r.receivedAt()), small, 0);
                add(document, VietnameseText.nfc(r.text()), text, 4);
            }
            if (!p.screenshots().isEmpty()) {
                add(
                        document,
                        t(
                                "reports.forward.pdf.screenshots",
                                String.valueOf(p.screenshots().size())),
                        heading,
                        4);
                for (ForwardPackage.Screenshot shot : p.screenshots()) {
                    add(document, shot.trackingCode(), small, 0);
                    Image image = Image.getInstance(Base64.getDecoder().decode(shot.base64()));
                    image.scaleToFit(
                            document.getPageSize().getWidth() - 100,
                            document.getPageSize().getHeight() / 2);
                    document.add(image);
                }
            }
            add(document, t("reports.forward.pdf.privacy"), small, 0);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Could not write the forward package of cluster " + p.clusterId(), e);
        }
        return out.toByteArray();
    }

    private static void add(Document document, String s, Font font, float spacingAfter) {
        Paragraph p = new Paragraph(s, font);
        p.setSpacingAfter(spacingAfter);
        document.add(p);
    }

    private static String date(String iso) {
        return iso == null ? "—" : Zone.DATE_TIME.format(OffsetDateTime.parse(iso));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, Zone.VI);
    }
}
