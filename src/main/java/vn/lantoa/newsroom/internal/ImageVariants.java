package vn.lantoa.newsroom.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.RefusedException;

/**
 * Uploaded images: the type from the first bytes (never the file name), then three JPEG variants
 * re-encoded from pixels only, so EXIF and every other metadata is gone.
 */
public final class ImageVariants {

    public static final int LIST_WIDTH = 480;
    public static final int ARTICLE_WIDTH = 1200;
    public static final int OG_WIDTH = 1200;
    public static final int OG_HEIGHT = 630;
    static final long MAX_PIXELS = 50_000_000L;

    public record Result(String sourceType, int width, int height, byte[] list, byte[] article, byte[] og) {}

    private ImageVariants() {}

    /** {@code image/jpeg}, {@code image/png} or {@code image/webp} from the magic bytes; empty for anything else. */
    public static Optional<String> sniff(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= 8
                && (b[0] & 0xFF) == 0x89
                && b[1] == 'P'
                && b[2] == 'N'
                && b[3] == 'G'
                && b[4] == 0x0D
                && b[5] == 0x0A
                && b[6] == 0x1A
                && b[7] == 0x0A) {
            return Optional.of("image/png");
        }
        if (b.length >= 12
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    /** The variants of an image; refuses what is not a readable JPEG, PNG or WebP. */
    public static Result process(byte[] bytes) {
        String type = sniff(bytes).orElseThrow(() -> new InvalidInputException("newsroom.media.wrongType"));
        BufferedImage image = decode(bytes);
        return new Result(
                type,
                image.getWidth(),
                image.getHeight(),
                jpeg(scaleToWidth(image, LIST_WIDTH)),
                jpeg(scaleToWidth(image, ARTICLE_WIDTH)),
                jpeg(cover(image, OG_WIDTH, OG_HEIGHT)));
    }

    private static BufferedImage decode(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidInputException("newsroom.media.unreadable");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                // Check the size before decoding, so a small file claiming huge dimensions cannot exhaust memory.
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new InvalidInputException("newsroom.media.tooManyPixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedException ne) {
                throw ne;
            }
            throw new InvalidInputException("newsroom.media.unreadable");
        }
    }

    static BufferedImage scaleToWidth(BufferedImage src, int width) {
        int w = Math.min(width, src.getWidth());
        int h = Math.max(1, (int) Math.round((double) src.getHeight() * w / src.getWidth()));
        return draw(src, w, h, 0, 0, src.getWidth(), src.getHeight());
    }

    /** Scales and crops to fill exactly {@code w}×{@code h}, keeping the centre. */
    static BufferedImage cover(BufferedImage src, int w, int h) {
        double scale = Math.max((double) w / src.getWidth(), (double) h / src.getHeight());
        int cropW = (int) Math.round(w / scale);
        int cropH = (int) Math.round(h / scale);
        int x = (src.getWidth() - cropW) / 2;
        int y = (src.getHeight() - cropH) / 2;
        return draw(src, w, h, x, y, x + cropW, y + cropH);
    }

    private static BufferedImage draw(BufferedImage src, int w, int h, int sx1, int sy1, int sx2, int sy2) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE); // transparent PNG/WebP areas become white in JPEG
            g.fillRect(0, 0, w, h);
            g.drawImage(src, 0, 0, w, h, sx1, sy1, sx2, sy2, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
