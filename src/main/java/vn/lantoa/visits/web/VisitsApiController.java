package vn.lantoa.visits.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.platform.ApiAccess;
import vn.lantoa.visits.internal.VisitStatistics;

/** The public figures as JSON, from the one-second cache. */
@RestController
@Tag(name = "visits", description = "visits.api.tag")
class VisitsApiController {

    static final String PATH = "/api/v1/visits";
    private final VisitStatistics statistics;

    VisitsApiController(VisitStatistics statistics) {
        this.statistics = statistics;
    }

    @Operation(summary = "visits.api.figures.summary", description = "visits.api.figures.description")
    @ApiAccess(anonymous = true)
    @GetMapping(PATH)
    ResponseEntity<VisitsResponse> visits() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofSeconds(1)).cachePublic())
                .body(VisitsResponse.of(statistics.figures()));
    }
}
