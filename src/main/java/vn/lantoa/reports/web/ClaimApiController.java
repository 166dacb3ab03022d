package vn.lantoa.reports.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.platform.ApiAccess;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.platform.Role;
import vn.lantoa.reports.internal.ClaimMatching;

/** Claims similar to a text, for the staff who triage reports (HANDLER, ADMIN). */
@RestController
@Tag(name = "reports", description = "reports.api.tag")
class ClaimApiController {

    static final String SIMILAR = "/api/v1/claims/similar";
    static final int TOP = 10;
    static final int MAX_TEXT = 10_000;

    private final ClaimMatching matching;

    ClaimApiController(ClaimMatching matching) {
        this.matching = matching;
    }

    @Operation(summary = "reports.api.similar.summary", description = "reports.api.similar.description")
    @ApiAccess({Role.HANDLER, Role.ADMIN})
    @GetMapping(SIMILAR)
    SimilarClaimsResponse similar(@RequestParam(name = "text", required = false) String text) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new NotSignedInException());
        if (!user.has(Role.HANDLER) && !user.isAdmin()) {
            throw new ForbiddenException();
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new InvalidInputException("error.400.detail");
        }
        List<SimilarClaimsResponse.Candidate> candidates = matching.similar(text, TOP).stream()
                .map(c -> new SimilarClaimsResponse.Candidate(
                        c.claimId(),
                        c.statement(),
                        c.verdict().name(),
                        c.verdict().vafcLabel(),
                        c.refutationArticleId(),
                        c.score(),
                        c.confidence(),
                        c.match() ? SimilarClaimsResponse.MATCH : SimilarClaimsResponse.POSSIBLY_RELATED))
                .toList();
        return new SimilarClaimsResponse(candidates);
    }
}
