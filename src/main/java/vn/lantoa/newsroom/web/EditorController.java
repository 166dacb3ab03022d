package vn.lantoa.newsroom.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.MediaUrls;
import vn.lantoa.newsroom.internal.ArticleContent;
import vn.lantoa.newsroom.internal.Autosaves;
import vn.lantoa.newsroom.internal.HtmlSanitizer;
import vn.lantoa.newsroom.internal.MediaService;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.VietnameseText;

/**
 * What the visual editor asks for while an article is written: the media library and uploads for
 * images placed in the text, the autosaved draft, and a preview drawn like the public article page.
 */
@Controller
@NewsroomStaff
class EditorController {

    /** An image of the library as the picker shows it. */
    record MediaJson(long id, String name, String url, String thumbnail) {}

    /** The draft the editor sends every few seconds while somebody types. */
    record DraftJson(String key, String title, String summary, String bodyHtml) {}

    /** A stored draft, answered to the editor when the page opens. */
    record SavedDraftJson(String key, String title, String summary, String bodyHtml, Instant savedAt) {}

    record SavedJson(Instant savedAt) {}

    private final MediaService media;
    private final Autosaves autosaves;
    private final ArticleCatalog catalog;

    EditorController(MediaService media, Autosaves autosaves, ArticleCatalog catalog) {
        this.media = media;
        this.autosaves = autosaves;
        this.catalog = catalog;
    }

    @GetMapping(NewsroomRoutes.MEDIA)
    @ResponseBody
    List<MediaJson> library(HttpServletRequest request) {
        return media.recent(siteId(request), 48).stream()
                .map(EditorController::json)
                .toList();
    }

    @PostMapping(NewsroomRoutes.MEDIA)
    @ResponseBody
    MediaJson upload(@RequestParam("file") MultipartFile file, HttpServletRequest request) {
        FileUpload upload = FileUpload.of(file);
        long id = media.upload(siteId(request), upload.name(), upload.bytes(), ArticleAdminController.user());
        return json(new MediaService.MediaItem(id, upload.name(), 0, 0));
    }

    @PostMapping(NewsroomRoutes.AUTOSAVE)
    @ResponseBody
    SavedJson autosave(@RequestBody DraftJson draft) {
        return new SavedJson(autosaves.save(
                draft.key(), draft.title(), draft.summary(), draft.bodyHtml(), ArticleAdminController.user()));
    }

    @GetMapping(NewsroomRoutes.AUTOSAVE)
    ResponseEntity<SavedDraftJson> draft(@RequestParam("khoa") String key) {
        return autosaves
                .find(key, ArticleAdminController.user())
                .map(d -> ResponseEntity.ok(
                        new SavedDraftJson(d.key(), d.title(), d.summary(), d.bodyHtml(), d.savedAt())))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping(NewsroomRoutes.AUTOSAVE_DISCARD)
    ResponseEntity<Void> discard(@RequestParam("khoa") String key) {
        autosaves.discard(key, ArticleAdminController.user());
        return ResponseEntity.noContent().build();
    }

    @InitBinder(ArticleForm.CONTENT)
    void bindsContent(WebDataBinder binder) {
        ArticleForm.bindsContent(binder);
    }

    /**
     * The form as it is now, drawn like the public article page (nothing is saved, so a time that did
     * not convert, in {@code unused}, does not matter here).
     */
    @PostMapping(NewsroomRoutes.PREVIEW)
    String preview(
            @ModelAttribute(ArticleForm.CONTENT) ArticleContent content,
            BindingResult unused,
            HttpServletRequest request,
            Model model) {
        long siteId = siteId(request);
        String category = catalog.categories(siteId).stream()
                .filter(c -> content.categoryId() != null && c.id() == content.categoryId())
                .map(vn.lantoa.newsroom.Category::name)
                .findFirst()
                .orElse("");
        model.addAttribute(
                "page",
                new ArticlePreviewPage(
                        VietnameseText.nfc(orEmpty(content.title()).strip()),
                        VietnameseText.nfc(orEmpty(content.summary()).strip()),
                        HtmlSanitizer.clean(VietnameseText.nfc(content.bodyHtml())),
                        category,
                        blankToNull(content.authorCredit()),
                        blankToNull(content.photoCredit())));
        return "newsroom/preview";
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : VietnameseText.nfc(s.strip());
    }

    private static MediaJson json(MediaService.MediaItem m) {
        return new MediaJson(
                m.id(),
                m.name(),
                MediaUrls.of(m.id(), MediaUrls.Variant.ARTICLE),
                MediaUrls.of(m.id(), MediaUrls.Variant.LIST));
    }

    private long siteId(HttpServletRequest request) {
        return catalog.siteForHost(request.getServerName())
                .orElseThrow(() -> new NotFoundException())
                .id();
    }

    /** The uploaded file's name and bytes (an empty or unreadable file is refused by the media service). */
    private record FileUpload(String name, byte[] bytes) {
        static FileUpload of(MultipartFile file) {
            var u = ArticleAdminController.upload(file);
            return u == null ? new FileUpload("", new byte[0]) : new FileUpload(u.fileName(), u.bytes());
        }
    }
}
