package vn.lantoa.newsroom.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.MediaUrls;
import vn.lantoa.newsroom.internal.ArticleEditing;
import vn.lantoa.newsroom.internal.ArticleRepository;
import vn.lantoa.newsroom.internal.ArticleService;
import vn.lantoa.newsroom.internal.MediaService;
import vn.lantoa.newsroom.internal.WorkflowAction;
import vn.lantoa.platform.ApiAccess;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.platform.Role;

/**
 * The editors' JSON API: the same service and rules as the back office, for a signed-in session
 * with the CSRF header. A repeated create with the same {@code Idempotency-Key} answers the first
 * article; repeating submit, approve or publish changes nothing.
 */
@RestController
@Tag(name = "newsroom", description = "newsroom.api.tag")
class ArticleApiController {

    static final String BASE = "/api/v1/articles";

    private final ArticleService articles;
    private final ArticleRepository repository;
    private final ArticleCatalog catalog;
    private final MediaService media;

    ArticleApiController(
            ArticleService articles, ArticleRepository repository, ArticleCatalog catalog, MediaService media) {
        this.articles = articles;
        this.repository = repository;
        this.catalog = catalog;
        this.media = media;
    }

    @Operation(summary = "newsroom.api.create.summary", description = "newsroom.api.create.description")
    @ApiAccess({Role.EDITOR, Role.ADMIN})
    @ApiResponse(responseCode = "201", description = "newsroom.api.created")
    @ApiResponse(responseCode = "200", description = "newsroom.api.repeated")
    @PostMapping(BASE)
    ResponseEntity<ArticleJson> create(
            @RequestBody ArticleJson body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            HttpServletRequest request) {
        CurrentUser user = user();
        String clientKey = key == null || key.isBlank() ? null : "api:" + user.id() + ":" + key.strip();
        Optional<Long> existing = clientKey == null ? Optional.empty() : repository.findByClientKey(clientKey);
        long id = existing.orElseGet(() -> articles.create(siteId(request), body.content(), clientKey, user));
        ArticleJson json = ArticleJson.of(articles.get(id));
        return existing.isPresent()
                ? ResponseEntity.ok(json)
                : ResponseEntity.created(URI.create(BASE + "/" + id)).body(json);
    }

    @Operation(summary = "newsroom.api.update.summary", description = "newsroom.api.update.description")
    @ApiAccess({Role.EDITOR, Role.REVIEWER, Role.ADMIN})
    @ApiResponse(responseCode = "409", description = "newsroom.api.stale")
    @PutMapping(BASE + "/{id:\\d+}")
    ArticleJson update(@PathVariable long id, @RequestBody ArticleJson body) {
        articles.update(id, body.version(), body.content(), user());
        return ArticleJson.of(articles.get(id));
    }

    @Operation(summary = "newsroom.api.transition.summary", description = "newsroom.api.transition.description")
    @ApiAccess({Role.EDITOR, Role.REVIEWER, Role.ADMIN})
    @PostMapping(BASE + "/{id:\\d+}/{action:submit|approve|publish}")
    ArticleJson transition(
            @PathVariable long id,
            @PathVariable String action,
            @RequestBody(required = false) ArticleJson.TransitionRequest body) {
        WorkflowAction act =
                WorkflowAction.fromCode(action).orElseThrow(() -> new NotFoundException("newsroom.error.notFound"));
        return ArticleJson.of(articles.transition(
                id, act, body == null ? null : body.comment(), body == null ? null : body.publishAt(), user()));
    }

    @Operation(summary = "newsroom.api.upload.summary", description = "newsroom.api.upload.description")
    @ApiAccess({Role.EDITOR, Role.REVIEWER, Role.ADMIN})
    @ApiResponse(responseCode = "201", description = "newsroom.api.uploaded")
    @PostMapping("/api/v1/media")
    ResponseEntity<ArticleJson.MediaJson> upload(
            @RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request) {
        ArticleEditing.Upload upload = ArticleAdminController.upload(file);
        long id = media.upload(
                siteId(request),
                upload == null ? null : upload.fileName(),
                upload == null ? null : upload.bytes(),
                user());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ArticleJson.MediaJson(
                        id,
                        MediaUrls.of(id, MediaUrls.Variant.LIST),
                        MediaUrls.of(id, MediaUrls.Variant.ARTICLE),
                        MediaUrls.of(id, MediaUrls.Variant.OG)));
    }

    private long siteId(HttpServletRequest request) {
        return catalog.siteForHost(request.getServerName())
                .orElseThrow(() -> new NotFoundException("newsroom.error.notFound"))
                .id();
    }

    private static CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new NotSignedInException("newsroom.error.signIn"));
    }
}
