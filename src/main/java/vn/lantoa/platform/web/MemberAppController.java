package vn.lantoa.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The member area as an installable app: its web app manifest (Vietnamese name, icons, start and
 * scope {@code /thanh-vien}), its service worker, served from {@code /thanh-vien/} with
 * {@code Service-Worker-Allowed} so that its scope covers {@code /thanh-vien} itself, and the page
 * it shows when the phone is offline.
 */
@Controller
class MemberAppController {

    private static final String SCOPE = PlatformRoutes.MEMBER_AREA;
    static final String THEME = "#a51c1c";
    private static final MediaType MANIFEST_TYPE = MediaType.parseMediaType("application/manifest+json");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] WORKER = read("platform/member-sw.js");

    private final UiFactory uiFactory;

    MemberAppController(UiFactory uiFactory) {
        this.uiFactory = uiFactory;
    }

    @GetMapping(PlatformRoutes.MEMBER_MANIFEST)
    ResponseEntity<String> manifest(HttpServletRequest request) {
        Ui ui = uiFactory.forRequest(request);
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("id", SCOPE);
        manifest.put("name", ui.t("app.name", ui.siteName()));
        manifest.put("short_name", ui.t("app.shortName"));
        manifest.put("description", ui.t("app.description"));
        manifest.put("lang", ui.lang());
        manifest.put("dir", "ltr");
        manifest.put("start_url", SCOPE);
        manifest.put("scope", SCOPE);
        manifest.put("display", "standalone");
        manifest.put("orientation", "portrait");
        manifest.put("theme_color", THEME);
        manifest.put("background_color", "#ffffff");
        manifest.put(
                "icons",
                List.of(
                        icon("/icons/lantoa-192.png", "192x192", "any"),
                        icon("/icons/lantoa-512.png", "512x512", "any"),
                        icon("/icons/lantoa-maskable-512.png", "512x512", "maskable")));
        return ResponseEntity.ok()
                .contentType(MANIFEST_TYPE)
                .cacheControl(CacheControl.noCache())
                .body(JSON.writeValueAsString(manifest));
    }

    @GetMapping(PlatformRoutes.MEMBER_SERVICE_WORKER)
    ResponseEntity<byte[]> serviceWorker() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
                .cacheControl(CacheControl.noCache())
                .header("Service-Worker-Allowed", SCOPE)
                .body(WORKER);
    }

    @GetMapping(PlatformRoutes.MEMBER_OFFLINE)
    String offline(Model model) {
        model.addAttribute("page", new OfflinePage());
        return "platform/offline";
    }

    private static Map<String, String> icon(String src, String sizes, String purpose) {
        return Map.of("src", src, "sizes", sizes, "type", "image/png", "purpose", purpose);
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
