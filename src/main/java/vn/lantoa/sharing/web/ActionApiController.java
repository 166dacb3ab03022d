package vn.lantoa.sharing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.platform.ApiAccess;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.sharing.internal.ActionLogger;
import vn.lantoa.sharing.internal.ActionView;
import vn.lantoa.sharing.internal.LogResult;
import vn.lantoa.sharing.internal.MemberArea;

/**
 * The member's JSON API: log shares and rebuttals (honouring {@code Idempotency-Key}) and list
 * their own actions. 201 for a new record, 200 with {@code duplicate: true} for a post already logged.
 */
@RestController
@Tag(name = "sharing", description = "sharing.api.tag")
class ActionApiController {

    static final String SHARES = "/api/v1/shares";
    static final String REBUTTALS = "/api/v1/rebuttals";
    static final String MINE = "/api/v1/me/actions";

    private final ActionLogger logger;
    private final MemberArea area;
    private final MessageSource messages;

    ActionApiController(ActionLogger logger, MemberArea area, MessageSource messages) {
        this.logger = logger;
        this.area = area;
        this.messages = messages;
    }

    record ShareBody(String postUrl, String articleUrl, Long campaignId) {}

    record RebuttalBody(String commentUrl, String targetUrl, String text, String citedArticleUrl, Long campaignId) {}

    record ActionJson(
            long id,
            String kind,
            Long campaignId,
            String postUrl,
            String canonicalUrl,
            String platform,
            String articleUrl,
            String articleCanonicalUrl,
            boolean official,
            String source,
            String text,
            String state,
            Instant createdAt,
            boolean duplicate) {

        static ActionJson of(ActionView a, boolean duplicate) {
            return new ActionJson(
                    a.id(),
                    a.kind().name(),
                    a.campaignId(),
                    a.postUrl(),
                    a.postCanonical(),
                    a.platform(),
                    a.articleUrl(),
                    a.articleCanonical(),
                    a.articleOfficial(),
                    a.sourceName(),
                    a.rebuttalText(),
                    a.state().name(),
                    a.createdAt(),
                    duplicate);
        }
    }

    @Operation(summary = "sharing.api.share.summary", description = "sharing.api.share.description")
    @ApiAccess
    @ApiResponse(responseCode = "201", description = "sharing.api.logged")
    @ApiResponse(responseCode = "200", description = "sharing.api.duplicate")
    @PostMapping(SHARES)
    ResponseEntity<ActionJson> share(
            @RequestBody ShareBody body, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return answer(logger.logShare(
                user(), new ActionLogger.ShareRequest(body.postUrl(), body.articleUrl(), body.campaignId()), key));
    }

    @Operation(summary = "sharing.api.rebuttal.summary", description = "sharing.api.rebuttal.description")
    @ApiAccess
    @ApiResponse(responseCode = "201", description = "sharing.api.logged")
    @ApiResponse(responseCode = "200", description = "sharing.api.duplicate")
    @PostMapping(REBUTTALS)
    ResponseEntity<ActionJson> rebuttal(
            @RequestBody RebuttalBody body, @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return answer(logger.logRebuttal(
                user(),
                new ActionLogger.RebuttalRequest(
                        body.commentUrl(), body.targetUrl(), body.text(), body.citedArticleUrl(), body.campaignId()),
                key));
    }

    @Operation(summary = "sharing.api.mine.summary", description = "sharing.api.mine.description")
    @ApiAccess
    @GetMapping(MINE)
    Map<String, List<ActionJson>> mine() {
        return Map.of(
                "items",
                area.history(user(), 200).stream()
                        .map(a -> ActionJson.of(a, false))
                        .toList());
    }

    private static ResponseEntity<ActionJson> answer(LogResult result) {
        boolean created = !result.duplicate();
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ActionJson.of(result.action(), result.duplicate()));
    }

    private static CurrentUser user() {
        return CurrentUser.get().orElseThrow(() -> new NotSignedInException());
    }
}
