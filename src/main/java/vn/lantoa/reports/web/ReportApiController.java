package vn.lantoa.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.newsroom.ArticleUrls;
import vn.lantoa.platform.ApiAccess;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.LanToaProperties;
import vn.lantoa.platform.TooManyRequestsException;
import vn.lantoa.reports.internal.FiledReport;
import vn.lantoa.reports.internal.ReportIntake;
import vn.lantoa.reports.internal.ReportSubmission;
import vn.lantoa.reports.internal.Reporter;

/**
 * {@code POST /api/v1/reports}: the report forms as JSON. Anonymous callers are held to the
 * per-address limit of the public form; a signed-in caller is recorded as the reporter. An
 * {@code Idempotency-Key} makes a retry answer the same report (201 the first time, 200 after).
 */
@RestController
@Tag(name = "reports", description = "reports.api.tag")
class ReportApiController {

    static final String REPORTS = "/api/v1/reports";

    private final ReportIntake intake;
    private final ReportForms forms;
    private final MessageSource messages;
    private final LanToaProperties properties;

    ReportApiController(ReportIntake intake, ReportForms forms, MessageSource messages, LanToaProperties properties) {
        this.intake = intake;
        this.forms = forms;
        this.messages = messages;
        this.properties = properties;
    }

    /**
     * The request body.
     *
     * @param screenshot optional image (JPEG, PNG, WebP) in base64
     */
    record ReportBody(
            String content,
            List<String> links,
            String category,
            String screenshot,
            String contactEmail,
            String contactPhone,
            Boolean contactConsent) {}

    record MatchJson(long claimId, String statement, String verdict, double score, String refutationUrl) {}

    record FiledJson(String trackingCode, long clusterId, List<MatchJson> matches) {}

    @Operation(summary = "reports.api.file.summary", description = "reports.api.file.description")
    @ApiAccess(anonymous = true)
    @ApiResponse(
            responseCode = "201",
            description = "reports.api.file.created",
            content = @Content(schema = @Schema(implementation = FiledJson.class)))
    @ApiResponse(
            responseCode = "200",
            description = "reports.api.file.repeated",
            content = @Content(schema = @Schema(implementation = FiledJson.class)))
    @ApiResponse(responseCode = "400", description = "reports.api.file.invalid")
    @ApiResponse(responseCode = "429", description = "reports.api.file.tooMany")
    @PostMapping(path = REPORTS, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> file(
            @RequestBody(required = false) ReportBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            HttpServletRequest request) {
        if (body == null) {
            throw new InvalidInputException("reports.intake.error.content");
        }
        Reporter reporter =
                CurrentUser.get().map(Reporter::signedIn).orElseGet(() -> Reporter.anonymous(request.getRemoteAddr()));
        var known = intake.alreadyFiled(reporter, key);
        if (known.isPresent()) {
            return ResponseEntity.ok(json(known.get()));
        }
        if (reporter.isAnonymous() && !intake.allow(request.getRemoteAddr())) {
            throw new TooManyRequestsException(Duration.ofHours(1), "reports.api.tooMany", ReportIntake.PER_HOUR);
        }
        FiledReport filed = intake.file(
                new ReportSubmission(
                        body.content(),
                        body.links(),
                        body.category(),
                        decode(body.screenshot()),
                        body.contactEmail(),
                        body.contactPhone(),
                        Boolean.TRUE.equals(body.contactConsent()),
                        key),
                reporter);
        return ResponseEntity.status(filed.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(json(filed));
    }

    private FiledJson json(FiledReport filed) {
        String base = properties.site().baseUrl();
        return new FiledJson(
                filed.trackingCode(),
                filed.clusterId(),
                filed.matches().stream()
                        .map(m -> new MatchJson(
                                m.claimId(),
                                m.statement(),
                                m.verdict().name(),
                                m.score(),
                                forms.refutation(m)
                                        .map(a -> ArticleUrls.absolute(base, a.slug()))
                                        .orElse(null)))
                        .toList());
    }

    private static byte[] decode(String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        try {
            return Base64.getMimeDecoder().decode(base64.replaceFirst("^data:[^,]*,", ""));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("newsroom.media.unreadable");
        }
    }
}
