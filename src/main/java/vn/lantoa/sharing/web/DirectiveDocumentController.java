package vn.lantoa.sharing.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.sharing.internal.Directives;

/**
 * The PDF of a directive, for signed-in users of the targeted units and of the sender's scope.
 * Always a download (attachment, safe ASCII file name, no sniffing), never shown inline.
 */
@Controller
class DirectiveDocumentController {

    private final Directives directives;

    DirectiveDocumentController(Directives directives) {
        this.directives = directives;
    }

    @GetMapping(SharingRoutes.DOCUMENT)
    ResponseEntity<Resource> download(@PathVariable long id) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new NotSignedInException());
        Directives.Document document = directives.document(user, id);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .contentLength(document.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.downloadName(), StandardCharsets.US_ASCII)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox; default-src 'none'")
                .cacheControl(CacheControl.maxAge(Duration.ZERO).cachePrivate().mustRevalidate())
                .body(new FileSystemResource(document.file()));
    }
}
