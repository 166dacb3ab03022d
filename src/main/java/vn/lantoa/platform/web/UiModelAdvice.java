package vn.lantoa.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts the {@link Ui} into the model of every page controller (not of the JSON API). Selected by
 * package, which Spring checks with a string comparison on every request, rather than by
 * annotation, which it looked up through the class hierarchy on every request.
 */
@ControllerAdvice(basePackages = "vn.lantoa")
class UiModelAdvice {

    private final UiFactory factory;

    UiModelAdvice(UiFactory factory) {
        this.factory = factory;
    }

    @ModelAttribute(Ui.MODEL_ATTRIBUTE)
    Ui ui(HttpServletRequest request) {
        // The advice also applies to @RestController handlers: a JSON answer has no page to build.
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && (handler.hasMethodAnnotation(ResponseBody.class)
                        || AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class))) {
            return null;
        }
        return factory.forRequest(request);
    }
}
