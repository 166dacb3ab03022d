package vn.lantoa.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the {@link Ui} into the model of every page controller (not of the JSON API). */
@ControllerAdvice(annotations = Controller.class)
class UiModelAdvice {

    private final UiFactory factory;

    UiModelAdvice(UiFactory factory) {
        this.factory = factory;
    }

    @ModelAttribute(Ui.MODEL_ATTRIBUTE)
    Ui ui(HttpServletRequest request) {
        return factory.forRequest(request);
    }
}
