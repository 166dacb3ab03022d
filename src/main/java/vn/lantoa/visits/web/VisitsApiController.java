package vn.lantoa.visits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.platform.ApiAccess;
import vn.lantoa.visits.internal.ScriptViews;
import vn.lantoa.visits.internal.VisitStatistics;

/** The public figures as JSON, from the one-second cache. */
@RestController
@Tag(name = "visits", description = "visits.api.tag")
class VisitsApiController {

    private final VisitStatistics statistics;
    private final ScriptViews views;

    VisitsApiController(VisitStatistics statistics, ScriptViews views) {
        this.statistics = statistics;
        this.views = views;
    }

    @Operation(summary = "visits.api.figures.summary", description = "visits.api.figures.description")
    @ApiAccess(anonymous = true)
    @GetMapping(VisitsRoutes.API)
    ResponseEntity<VisitsResponse> visits(
            @Parameter(description = "visits.api.figures.view") @RequestParam(name = "view", required = false)
                    String view,
            HttpServletRequest request) {
        if (view != null && views.enabled()) {
            // a page view (lantoa.visits.counted-by=script): every one must reach the app
            views.count(request, view);
            return ResponseEntity.ok()
                    .cacheControl(CacheControl.noStore())
                    .body(VisitsResponse.of(statistics.figures()));
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(1)).cachePublic())
                .body(VisitsResponse.of(statistics.figures()));
    }
}
