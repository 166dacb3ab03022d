package vn.lantoa.platform.internal.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.lantoa.platform.TooManyRequestsException;
import vn.lantoa.platform.web.TooManyRequestsPage;
import vn.lantoa.platform.web.Ui;
import vn.lantoa.platform.web.UiFactory;

/** Turns a {@link TooManyRequestsException} into a 429 with {@code Retry-After} and the reason. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class TooManyRequestsAdvice {

    private final UiFactory uiFactory;

    TooManyRequestsAdvice(UiFactory uiFactory) {
        this.uiFactory = uiFactory;
    }

    @ExceptionHandler(TooManyRequestsException.class)
    ModelAndView tooMany(TooManyRequestsException e, HttpServletRequest request, HttpServletResponse response) {
        Ui ui = uiFactory.forRequest(request);
        String message = ui.t(e.messageKey(), e.args());
        response.setHeader("Retry-After", String.valueOf(e.retryAfterSeconds()));
        if (request.getRequestURI().startsWith("/api/")) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", ui.t("error.429.title"));
            problem.put("status", 429);
            problem.put("detail", message);
            problem.put("instance", request.getRequestURI());
            problem.put("retryAfter", e.retryAfterSeconds());
            return ErrorPageController.problemView(problem, HttpStatus.TOO_MANY_REQUESTS);
        }
        ModelAndView view = new ModelAndView("platform/too-many", HttpStatus.TOO_MANY_REQUESTS);
        view.addObject(Ui.MODEL_ATTRIBUTE, ui);
        view.addObject("page", new TooManyRequestsPage(message, e.retryAfterSeconds()));
        return view;
    }
}
