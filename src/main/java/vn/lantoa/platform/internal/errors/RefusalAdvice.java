package vn.lantoa.platform.internal.errors;

import jakarta.servlet.http.HttpServletRequest;
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
import vn.lantoa.platform.web.InvalidInputPage;
import vn.lantoa.platform.web.Ui;
import vn.lantoa.platform.web.UiFactory;

/**
 * The one place a module's {@link InvalidInputException} becomes a 400 page with the reason in the
 * reader's language (problem details under {@code /api/}) and a way back to the section it came from. Handlers of a controller or of a
 * module's own advice still come first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class InvalidInputAdvice {

    private final UiFactory uiFactory;

    InvalidInputAdvice(UiFactory uiFactory) {
        this.uiFactory = uiFactory;
    }

    /**
     * Text PostgreSQL cannot store (a NUL character, U+0000, typed or forged into any field) is the
     * sender's mistake, not the server's: a 400 that says so, where it was a 500. The statement
     * failed, so its transaction rolled back and nothing was written.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView unstorableText(DataIntegrityViolationException e, HttpServletRequest request) {
        if (!unstorableText(e)) {
            throw e;
        }
        return invalid(new InvalidInputException("error.text.unstorable"), request);
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

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e, HttpServletRequest request) {
        Ui ui = uiFactory.forRequest(request);
        String message = ui.t(e.messageKey(), e.args());
        if (request.getRequestURI().startsWith("/api/")) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", ui.t("error.400.title"));
            problem.put("status", 400);
            problem.put("detail", message);
            problem.put("instance", request.getRequestURI());
            return ErrorPageController.problemView(problem, HttpStatus.BAD_REQUEST);
        }
        String[] parts = request.getRequestURI().split("/");
        String back = parts.length >= 3 && "quan-tri".equals(parts[1]) ? "/quan-tri/" + parts[2] : "/";
        ModelAndView view = new ModelAndView("platform/invalid", HttpStatus.BAD_REQUEST);
        view.addObject(Ui.MODEL_ATTRIBUTE, ui);
        view.addObject("page", new InvalidInputPage(message, back));
        return view;
    }
}
