package vn.lantoa.portal.internal.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPInputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class CachedPageTests {

    static final String PAGE = "<html><head><meta name=\"_csrf\" content=\"OLD-TOKEN\"></head><body>"
            + "<p>Tiểu Cần – trang tin</p>".repeat(50)
            + "<footer><!--lt:visits--><span>42</span><!--/lt:visits--></footer></body></html>";

    @Test
    void theCsrfTokenAndTheVisitorCounterAreSlotsFilledPerRequest() {
        CachedPage page = CachedPage.of(PAGE, "text/html;charset=UTF-8", Instant.EPOCH, "k");
        assertThat(page.slots).containsExactly(CachedPage.Slot.CSRF, CachedPage.Slot.VISITS);
        String out = new String(
                page.plain(List.of("NEW-TOKEN", "<!--lt:visits--><span>43</span><!--/lt:visits-->")),
                StandardCharsets.UTF_8);
        assertThat(out).isEqualTo(PAGE.replace("OLD-TOKEN", "NEW-TOKEN").replace("<span>42</span>", "<span>43</span>"));
    }

    @Test
    void aPageWithoutSlotsIsServedAsItWas() {
        CachedPage page = CachedPage.of("<rss>tin</rss>", "application/rss+xml", Instant.EPOCH, "k");
        assertThat(page.slots).isEmpty();
        assertThat(new String(page.plain(List.of()), StandardCharsets.UTF_8)).isEqualTo("<rss>tin</rss>");
    }

    @Test
    void theGzipBodyIsAssembledFromPrecompressedPartsAndInflatesToThePage() throws IOException {
        CachedPage page = CachedPage.of(PAGE, "text/html", Instant.EPOCH, "k");
        List<String> slots = List.of("T0KEN-ÿ", "<!--lt:visits-->7<!--/lt:visits-->");
        byte[] gzip = page.gzip(slots);
        assertThat(gunzip(gzip)).isEqualTo(new String(page.plain(slots), StandardCharsets.UTF_8));
        assertThat(gzip.length).isLessThan(page.plain(slots).length / 3);
    }

    @Test
    void aSlotLongerThanOneStoredBlockStillInflates() throws IOException {
        CachedPage page = CachedPage.of(PAGE, "text/html", Instant.EPOCH, "k");
        List<String> slots = List.of("T".repeat(70_000), "<!--lt:visits-->" + "ư".repeat(40_000) + "<!--/lt:visits-->");
        byte[] gzip = page.gzip(slots);
        assertThat(gunzip(gzip)).isEqualTo(new String(page.plain(slots), StandardCharsets.UTF_8));
        byte[][] encoded = CachedPage.encode(slots);
        assertThat(page.gzipLength(encoded)).isEqualTo(gzip.length);
        assertThat(page.plainLength(encoded)).isEqualTo(page.plain(slots).length);
    }

    @Property(tries = 50)
    void anyTextSurvivesTheGzipAssembly(@ForAll String before, @ForAll String token, @ForAll String after)
            throws IOException {
        String html = before + CachedPage.CSRF_START + "x\">" + after;
        CachedPage page = CachedPage.of(html, "text/html", Instant.EPOCH, "k");
        List<String> slots = page.slots.stream().map(s -> token).toList();
        assertThat(gunzip(page.gzip(slots))).isEqualTo(new String(page.plain(slots), StandardCharsets.UTF_8));
    }

    @Test
    void theEtagChangesWithTheContentButNotWithTheSlots() {
        String a = CachedPage.of(PAGE, "text/html", Instant.EPOCH, "k").etag;
        String b = CachedPage.of(PAGE.replace("OLD-TOKEN", "OTHER"), "text/html", Instant.EPOCH, "k").etag;
        String c = CachedPage.of(PAGE.replace("trang tin", "trang khác"), "text/html", Instant.EPOCH, "k").etag;
        assertThat(a).startsWith("W/\"").isEqualTo(b).isNotEqualTo(c);
    }

    static String gunzip(byte[] gzip) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
