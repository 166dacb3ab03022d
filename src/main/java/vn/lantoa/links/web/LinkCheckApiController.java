package vn.lantoa.links.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.links.LinkCheck;
import vn.lantoa.links.LinkChecker;
import vn.lantoa.platform.ApiAccess;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.NotSignedInException;

/**
 * {@code GET /api/v1/links/check?url=…} for any signed-in user; a malformed link is refused by the
 * platform's advice like any invalid input (ADR 0015).
 */
@RestController
@Tag(name = "links", description = "links.api.tag")
class LinkCheckApiController {

    static final String PATH = "/api/v1/links/check";
    private final LinkChecker checker;

    LinkCheckApiController(LinkChecker checker) {
        this.checker = checker;
    }

    @Operation(summary = "links.api.check.summary", description = "links.api.check.description")
    @ApiAccess
    @GetMapping(PATH)
    LinkCheck check(@RequestParam(name = "url", required = false) String url) {
        if (CurrentUser.get().isEmpty()) {
            throw new NotSignedInException();
        }
        return checker.check(url);
    }
}
