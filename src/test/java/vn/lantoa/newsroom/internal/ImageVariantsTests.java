package vn.lantoa.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import vn.lantoa.platform.RefusedException;

class ImageVariantsTests {

    static byte[] png(int w, int h) throws IOException {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A JPEG with an EXIF segment (camera and GPS data live there) put right after the start marker. */
    static byte[] jpegWithExif(int w, int h) throws IOException {
        byte[] plain = ImageVariants.jpeg(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB));
        byte[] payload = "Exif\0\0GPS-10.0123-106.1234-SECRET".getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int len = payload.length + 2;
        out.write(len >> 8);
        out.write(len & 0xFF);
        out.write(payload);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    @Test
    void makesTheThreeVariantSizes() throws IOException {
        var r = ImageVariants.process(png(1800, 1200));
        assertThat(r.sourceType()).isEqualTo("image/png");
        assertThat(size(r.list())).containsExactly(480, 320);
        assertThat(size(r.article())).containsExactly(1200, 800);
        assertThat(size(r.og())).containsExactly(1200, 630);
    }

    @Test
    void doesNotEnlargeASmallImageButFillsTheOpenGraphFrame() throws IOException {
        var r = ImageVariants.process(png(300, 200));
        assertThat(size(r.article())).containsExactly(300, 200);
        assertThat(size(r.og())).containsExactly(1200, 630);
    }

    @Test
    void stripsExifFromEveryVariant() throws IOException {
        byte[] input = jpegWithExif(800, 600);
        assertThat(new String(input, StandardCharsets.ISO_8859_1)).contains("SECRET");
        var r = ImageVariants.process(input);
        for (byte[] variant : new byte[][] {r.list(), r.article(), r.og()}) {
            String text = new String(variant, StandardCharsets.ISO_8859_1);
            assertThat(text).doesNotContain("Exif").doesNotContain("SECRET");
        }
    }

    @Test
    void recognisesTypesByTheirFirstBytesNotTheirName() {
        assertThat(ImageVariants.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .contains("image/jpeg");
        assertThat(ImageVariants.sniff("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)))
                .contains("image/webp");
        assertThat(ImageVariants.sniff("<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(ImageVariants.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII)))
                .isEmpty();
    }

    @Test
    void refusesSvgAndDamagedImages() {
        assertThatThrownBy(() -> ImageVariants.process("<svg/>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("newsroom.media.wrongType"));
        byte[] broken = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
        assertThatThrownBy(() -> ImageVariants.process(broken))
                .isInstanceOfSatisfying(
                        RefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("newsroom.media.unreadable"));
    }

    @Test
    void readsWebp() throws IOException {
        assertThat(ImageIO.getImageReadersByMIMEType("image/webp").hasNext()).isTrue();
    }

    private static int[] size(byte[] jpeg) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        return new int[] {image.getWidth(), image.getHeight()};
    }
}
