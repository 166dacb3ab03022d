package vn.lantoa.links.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.links.LinkCheck;
import vn.lantoa.links.LinkChecker;
import vn.lantoa.links.MalformedLinkException;
import vn.lantoa.platform.ApiAccess;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.NotSignedInException;

/** {@code GET /api/v1/links/check?url=…} for any signed-in user. */
@RestController
@Tag(name = "links", description = "links.api.tag")
class LinkCheckApiController {

    static final String PATH = "/api/v1/links/check";
    private final LinkChecker checker;
    private final MessageSource messages;

    LinkCheckApiController(LinkChecker checker, MessageSource messages) {
        this.checker = checker;
        this.messages = messages;
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

    @ExceptionHandler(MalformedLinkException.class)
    ProblemDetail malformed(MalformedLinkException e, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, english ? e.english() : e.vietnamese());
        problem.setTitle(messages.getMessage("links.check.invalidTitle", null, locale));
        return problem;
    }
}
