package vn.lantoa.statistics.internal.report;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.openpdf.text.pdf.BaseFont;
import vn.lantoa.platform.PdfFonts;

/**
 * The report's faces: DejaVu Serif Condensed (bundled, every Vietnamese letter, set close to the
 * Times New Roman that Party documents use) for the document, and the bundled DejaVu Sans for the
 * charts' labels, loaded from the jar so no font needs to be installed on the server.
 */
final class ReportFonts {

    private static final byte[] REGULAR = read("fonts/DejaVuSerifCondensed.ttf");
    private static final byte[] BOLD = read("fonts/DejaVuSerifCondensed-Bold.ttf");
    private static final byte[] ITALIC = read("fonts/DejaVuSerifCondensed-Italic.ttf");
    private static final byte[] BOLD_ITALIC = read("fonts/DejaVuSerifCondensed-BoldItalic.ttf");
    private static final byte[] CHART = read("fonts/DejaVuSans.ttf");

    private ReportFonts() {}

    record Faces(BaseFont regular, BaseFont bold, BaseFont italic, BaseFont boldItalic) {}

    static Faces pdf() {
        return new Faces(
                create("DejaVuSerifCondensed.ttf", REGULAR),
                create("DejaVuSerifCondensed-Bold.ttf", BOLD),
                create("DejaVuSerifCondensed-Italic.ttf", ITALIC),
                create("DejaVuSerifCondensed-BoldItalic.ttf", BOLD_ITALIC));
    }

    /** DejaVu Sans as an AWT font for the charts. */
    static java.awt.Font chart() {
        try {
            return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(CHART));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Could not load the bundled chart font", e);
        }
    }

    private static BaseFont create(String name, byte[] bytes) {
        return PdfFonts.embedded(name, bytes);
    }

    private static byte[] read(String path) {
        return PdfFonts.bundled(path);
    }
}
