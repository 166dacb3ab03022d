package vn.lantoa.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeTests {

    static final int QUIET = 4;
    static final int SCALE = 4;

    /** Paints the SVG path's rectangles on a white square with a quiet zone, as a camera would see it. */
    static LuminanceSource painted(QrCode qr) {
        int side = (qr.size() + 2 * QUIET) * SCALE;
        byte[] pixels = new byte[side * side];
        java.util.Arrays.fill(pixels, (byte) 0xFF);
        Matcher run = Pattern.compile("M(\\d+),(\\d+)h(\\d+)v1h-(\\d+)z").matcher(qr.path());
        int consumed = 0;
        while (run.find()) {
            assertThat(run.start()).as("nothing but rectangles in the path").isEqualTo(consumed);
            consumed = run.end();
            int x0 = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            assertThat(run.group(4)).isEqualTo(run.group(3));
            for (int x = x0; x < x0 + length; x++) {
                for (int dy = 0; dy < SCALE; dy++) {
                    for (int dx = 0; dx < SCALE; dx++) {
                        pixels[((y + QUIET) * SCALE + dy) * side + (x + QUIET) * SCALE + dx] = 0;
                    }
                }
            }
        }
        assertThat(consumed).isEqualTo(qr.path().length());
        return new LuminanceSource(side, side) {
            @Override
            public byte[] getRow(int y, byte[] row) {
                byte[] r = row == null || row.length < side ? new byte[side] : row;
                System.arraycopy(pixels, y * side, r, 0, side);
                return r;
            }

            @Override
            public byte[] getMatrix() {
                return pixels;
            }
        };
    }

    @Test
    void theDrawnCodeReadsBackAsTheAuthenticatorUri() throws Exception {
        String uri = Totp.uri(TwoFactor.ISSUER, "nguyen.van.quan", Totp.newSecret());

        QrCode qr = QrCode.of(uri);
        String read = new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(painted(qr))),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();

        assertThat(read).isEqualTo(uri);
        assertThat(qr.size()).isBetween(21, 177);
    }

    @Test
    void aVietnameseIssuerSurvivesTheRoundTrip() throws Exception {
        String uri = Totp.uri("Ban Tuyên giáo và Dân vận", "lê.thị.thảo", Totp.newSecret());

        String read = new QRCodeReader()
                .decode(
                        new BinaryBitmap(new HybridBinarizer(painted(QrCode.of(uri)))),
                        Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();

        assertThat(read).isEqualTo(uri);
    }
}
