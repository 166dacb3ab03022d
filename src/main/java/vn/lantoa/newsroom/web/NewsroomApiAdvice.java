package vn.lantoa.newsroom.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * What only the editors' API and editor endpoints refuse, as RFC 9457 problem details in the
 * request's language: JSON they cannot read, and a save that lost the race for a version. Their
 * other refusals ({@code RefusedException}) are the platform's, answered the same way.
 */
@RestControllerAdvice(assignableTypes = {ArticleApiController.class, EditorController.class})
class NewsroomApiAdvice {

    private final MessageSource messages;

    NewsroomApiAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception e, HttpServletRequest request, Locale locale) {
        return problem(
                HttpStatus.BAD_REQUEST, messages.getMessage("newsroom.error.badJson", null, locale), request, locale);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ProblemDetail duplicate(DuplicateKeyException e, HttpServletRequest request, Locale locale) {
        return problem(
                HttpStatus.CONFLICT, messages.getMessage("newsroom.error.staleVersion", null, locale), request, locale);
    }

    private ProblemDetail problem(HttpStatus status, String detail, HttpServletRequest request, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(
                messages.getMessage("error." + status.value() + ".title", null, status.getReasonPhrase(), locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
