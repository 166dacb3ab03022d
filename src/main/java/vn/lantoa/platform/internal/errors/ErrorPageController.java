package vn.lantoa.platform.internal.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;
import vn.lantoa.platform.web.ErrorPage;
import vn.lantoa.platform.web.TooManyRequestsPage;
import vn.lantoa.platform.web.Ui;
import vn.lantoa.platform.web.UiFactory;

/**
 * The one place errors end up: the Vietnamese (or English) error page for people, RFC 9457
 * problem details for {@code /api/**}. A 500 carries a correlation id that is also in the log.
 */
@Controller
class ErrorPageController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorPageController.class);
    private final UiFactory uiFactory;

    ErrorPageController(UiFactory uiFactory) {
        this.uiFactory = uiFactory;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
        HttpStatus status = status(request);
        Ui ui = uiFactory.forRequest(request);
        logIfServerError(request, status, ui.correlationId());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (wantsProblem(uri == null ? null : uri.toString(), request)) {
            return problem(request, status, ui);
        }
        Long retryAfter = status == HttpStatus.TOO_MANY_REQUESTS ? retryAfter(response) : null;
        if (retryAfter != null) {
            // A filter's 429 (the sign-in throttle) says how long to wait, as the header does.
            ModelAndView view = new ModelAndView("platform/too-many", status);
            view.addObject(Ui.MODEL_ATTRIBUTE, ui);
            view.addObject("page", new TooManyRequestsPage(ui.t("error.429.detail"), retryAfter));
            return view;
        }
        ModelAndView view = new ModelAndView("platform/error", status);
        view.addObject(Ui.MODEL_ATTRIBUTE, ui);
        view.addObject("page", new ErrorPage(status.value(), messageKey(status), null, ui.correlationId()));
        return view;
    }

    /** RFC 9457 problem details, in the request's language. */
    private static ModelAndView problem(HttpServletRequest request, HttpStatus status, Ui ui) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", ui.t(messageKey(status) + ".title"));
        problem.put("status", status.value());
        problem.put("detail", ui.t(messageKey(status) + ".detail"));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            problem.put("instance", uri.toString());
        }
        problem.put("correlationId", ui.correlationId());
        return problemView(problem, status);
    }

    /** RFC 9457 JSON of the given fields, whatever else the model holds. */
    static ModelAndView problemView(Map<String, Object> problem, HttpStatus status) {
        JacksonJsonView json = new JacksonJsonView();
        json.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.setModelKeys(Set.of("problem"));
        json.setExtractValueFromSingleKeyModel(true);
        ModelAndView view = new ModelAndView(json, "problem", problem);
        view.setStatus(status);
        return view;
    }

    private static Long retryAfter(jakarta.servlet.http.HttpServletResponse response) {
        String header = response.getHeader("Retry-After");
        try {
            return header == null ? null : Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    /** Problem details rather than a page: for {@code /api/**}, and for a client that does not take HTML. */
    static boolean wantsProblem(String uri, HttpServletRequest request) {
        return (uri != null && uri.startsWith("/api/")) || !acceptsHtml(request);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static String messageKey(HttpStatus status) {
        return switch (status.value()) {
            case 400, 401, 403, 404, 405, 409, 413, 429, 503 -> "error." + status.value();
            default -> status.is4xxClientError() ? "error.400" : "error.500";
        };
    }

    private static void logIfServerError(HttpServletRequest request, HttpStatus status, String correlationId) {
        if (!status.is5xxServerError()) {
            return;
        }
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        MDC.put("cid", correlationId);
        try {
            log.error(
                    "Request {} failed with {} (correlation id {})",
                    request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    status.value(),
                    correlationId,
                    exception);
        } finally {
            MDC.remove("cid");
        }
    }
}
