package vn.lantoa.portal.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.aayushatharva.brotli4j.decoder.Decoder;
import com.aayushatharva.brotli4j.decoder.DecoderJNI;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CachedPageTests {

    static final String PAGE = "<html><head><title>Tin</title></head><body>"
            + "<p>Tiểu Cần – trang tin</p>".repeat(50)
            + "<footer>Thống kê truy cập</footer></body></html>";

    static CachedPage page(String html) {
        return CachedPage.of(html, "text/html;charset=UTF-8", Instant.EPOCH, "k");
    }

    @Test
    void thePageIsKeptAsItWasAndCompressedOnceBothWays() throws IOException {
        CachedPage page = page(PAGE);
        assertThat(new String(page.plain, StandardCharsets.UTF_8)).isEqualTo(PAGE);
        assertThat(gunzip(page.gzip)).isEqualTo(PAGE);
        assertThat(page.gzip.length).isLessThan(PAGE.getBytes(StandardCharsets.UTF_8).length / 5);
        // the build's platform has the encoder's native library: a Brotli variant, smaller than gzip
        assertThat(CachedPage.brotliAvailable()).isTrue();
        assertThat(unbrotli(page.brotli)).isEqualTo(PAGE);
        assertThat(page.brotli.length).isLessThan(page.gzip.length);
        assertThat(page.size()).isGreaterThan(page.plain.length + page.gzip.length + page.brotli.length);
    }

    @Property(tries = 50)
    void anyTextSurvivesBothCompressions(@ForAll String html) throws IOException {
        CachedPage page = page(html);
        assertThat(gunzip(page.gzip)).isEqualTo(new String(page.plain, StandardCharsets.UTF_8));
        assertThat(unbrotli(page.brotli)).isEqualTo(new String(page.plain, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "gzip, deflate, br, zstd | BROTLI",
                "br;q=1.0, gzip;q=0.8 | BROTLI",
                "gzip | GZIP",
                "x-gzip | GZIP",
                "gzip, br;q=0 | GZIP",
                "br;q=0.000, gzip | GZIP",
                "* | BROTLI",
                "*, br;q=0 | GZIP",
                "*;q=0 | IDENTITY",
                "gzip;q=0, deflate | IDENTITY",
                "identity | IDENTITY",
                "deflate | IDENTITY",
                "'' | IDENTITY",
                "BR | BROTLI"
            })
    void theBestEncodingTheReaderAcceptsIsChosen(String accept, CachedPage.Encoding expected) {
        assertThat(page(PAGE).encodingFor(accept)).isEqualTo(expected);
        assertThat(page(PAGE).encodingFor(null)).isEqualTo(CachedPage.Encoding.IDENTITY);
    }

    @Test
    void theEtagChangesWithTheContentAndTheKey() {
        String a = page(PAGE).etag;
        String b = page(PAGE).etag;
        String c = page(PAGE.replace("trang tin", "trang khác")).etag;
        String d = CachedPage.of(PAGE, "text/html", Instant.EPOCH, "other key").etag;
        assertThat(a).startsWith("W/\"").isEqualTo(b).isNotEqualTo(c).isNotEqualTo(d);
    }

    static String gunzip(byte[] gzip) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String unbrotli(byte[] brotli) throws IOException {
        var decoded = Decoder.decompress(brotli);
        assertThat(decoded.getResultStatus()).isEqualTo(DecoderJNI.Status.DONE);
        return new String(decoded.getDecompressedData(), StandardCharsets.UTF_8);
    }
}
