package vn.lantoa.platform.internal.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.RefusedException;
import vn.lantoa.platform.TooManyRequestsException;
import vn.lantoa.platform.web.ErrorPage;
import vn.lantoa.platform.web.InvalidInputPage;
import vn.lantoa.platform.web.TooManyRequestsPage;
import vn.lantoa.platform.web.Ui;
import vn.lantoa.platform.web.UiFactory;

/**
 * The one place a module's {@link RefusedException} becomes an answer: the reason in the reader's
 * language as RFC 9457 problem details under {@code /api/} and for a client that does not take
 * HTML (a page's script asking for JSON), else a page with its status: for invalid input the form's section to go back to, for the
 * others the error page. Handlers of a controller or of a module's own advice still come first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class RefusalAdvice {

    private final UiFactory uiFactory;

    RefusalAdvice(UiFactory uiFactory) {
        this.uiFactory = uiFactory;
    }

    /**
     * Text PostgreSQL cannot store (a NUL character, U+0000, typed or forged into any field) is the
     * sender's mistake, not the server's: a 400 that says so, where it was a 500. The statement
     * failed, so its transaction rolled back and nothing was written.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView unstorableText(
            DataIntegrityViolationException e, HttpServletRequest request, HttpServletResponse response) {
        if (!unstorableText(e)) {
            throw e;
        }
        return refused(new InvalidInputException("error.text.unstorable"), request, response);
    }

    /** SQLSTATE 22021 (invalid byte sequence, as PostgreSQL answers a NUL) or 22P05 (untranslatable character). */
    static boolean unstorableText(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(RefusedException.class)
    ModelAndView refused(RefusedException e, HttpServletRequest request, HttpServletResponse response) {
        if (e instanceof TooManyRequestsException tooMany) {
            response.setHeader("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
        }
        // Problem details for the API and for a page's script that asks for JSON (the editor's
        // autosave and media calls); a page for a person.
        boolean json = ErrorPageController.wantsProblem(request.getRequestURI(), request);
        if (e instanceof InvalidInputException invalid && !json) {
            return invalid(invalid, request);
        }
        return answer(e, request, json);
    }

    private ModelAndView invalid(InvalidInputException e, HttpServletRequest request) {
        Ui ui = uiFactory.forRequest(request);
        String message = message(ui, e);
        String[] parts = request.getRequestURI().split("/");
        String back = parts.length >= 3 && "quan-tri".equals(parts[1]) ? "/quan-tri/" + parts[2] : "/";
        ModelAndView view = new ModelAndView("platform/invalid", HttpStatus.BAD_REQUEST);
        view.addObject(Ui.MODEL_ATTRIBUTE, ui);
        view.addObject("page", new InvalidInputPage(message, back));
        return view;
    }

    private ModelAndView answer(RefusedException e, HttpServletRequest request, boolean json) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        Ui ui = uiFactory.forRequest(request);
        String key = ErrorPageController.messageKey(status);
        String detail = message(ui, e);
        if (json) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", ui.t(e.titleKey() != null ? e.titleKey() : key + ".title"));
            problem.put("status", status.value());
            problem.put("detail", detail);
            problem.put("instance", request.getRequestURI());
            if (e.field() != null) {
                problem.put("field", e.field());
            }
            if (e instanceof TooManyRequestsException tooMany) {
                problem.put("retryAfter", tooMany.retryAfterSeconds());
            }
            return ErrorPageController.problemView(problem, status);
        }
        if (e instanceof TooManyRequestsException tooMany) {
            ModelAndView view = new ModelAndView("platform/too-many", status);
            view.addObject(Ui.MODEL_ATTRIBUTE, ui);
            view.addObject("page", new TooManyRequestsPage(detail, tooMany.retryAfterSeconds()));
            return view;
        }
        ModelAndView view = new ModelAndView("platform/error", status);
        view.addObject(Ui.MODEL_ATTRIBUTE, ui);
        view.addObject("page", new ErrorPage(status.value(), key, detail, ui.correlationId()));
        return view;
    }

    private static String message(Ui ui, RefusedException e) {
        return e.message(ui.messages(), ui.locale());
    }
}
