package vn.lantoa.newsroom.web;

import java.time.Duration;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.lantoa.newsroom.MediaUrls;
import vn.lantoa.newsroom.internal.MediaService;
import vn.lantoa.platform.NotFoundException;

/** Public images at {@code /media/{id}/{list|article|og}.jpg}: immutable, so cached for a year. */
@Controller
class MediaController {

    private final MediaService media;

    MediaController(MediaService media) {
        this.media = media;
    }

    @GetMapping("/media/{id:\\d+}/{variant:list|article|og}.jpg")
    ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable String variant) {
        MediaUrls.Variant v = MediaUrls.Variant.valueOf(variant.toUpperCase(Locale.ROOT));
        byte[] bytes = media.variant(id, v).orElseThrow(() -> new NotFoundException());
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .eTag("\"m" + id + "-" + variant + "\"")
                .body(bytes);
    }
}
