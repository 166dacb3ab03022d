package vn.lantoa.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;
import org.springframework.core.io.ClassPathResource;

/**
 * The bundled DejaVu Sans for PDFs (OpenPDF), embedded as Identity-H so that every Vietnamese
 * letter shows and can be extracted again. Shared by the portal's article PDF and the reports'
 * forward packages.
 */
public final class PdfFonts {

    private static final byte[] REGULAR = read("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = read("fonts/DejaVuSans-Bold.ttf");

    private PdfFonts() {}

    public static BaseFont regular() {
        return create("DejaVuSans.ttf", REGULAR);
    }

    public static BaseFont bold() {
        return create("DejaVuSans-Bold.ttf", BOLD);
    }

    /** A font file's bytes from the class path (e.g. {@code fonts/DejaVuSerifCondensed.ttf}); read them once. */
    public static byte[] bundled(String path) {
        return read(path);
    }

    /** The font {@code bytes} (named {@code name}) embedded as Identity-H, as the faces above. */
    public static BaseFont embedded(String name, byte[] bytes) {
        return create(name, bytes);
    }

    private static BaseFont create(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Could not load the bundled font " + name, e);
        }
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
