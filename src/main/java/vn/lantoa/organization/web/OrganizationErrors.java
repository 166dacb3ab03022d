package vn.lantoa.organization.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import vn.lantoa.organization.internal.OrgValidationException;
import vn.lantoa.platform.web.Ui;
import vn.lantoa.platform.web.UiFactory;

/** Bad input on an organization page: a 400 page with the reason in the user's language. */
@ControllerAdvice(assignableTypes = {UnitController.class, MemberController.class, GroupController.class})
class OrganizationErrors {

    private final UiFactory uiFactory;

    OrganizationErrors(UiFactory uiFactory) {
        this.uiFactory = uiFactory;
    }

    @ExceptionHandler(OrgValidationException.class)
    ModelAndView invalid(OrgValidationException e, HttpServletRequest request) {
        return page(e.messageKey(), request);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badParameter(Exception e, HttpServletRequest request) {
        return page("organization.error.input", request);
    }

    private ModelAndView page(String key, HttpServletRequest request) {
        ModelAndView view = new ModelAndView("organization/invalid", HttpStatus.BAD_REQUEST);
        view.addObject(Ui.MODEL_ATTRIBUTE, uiFactory.forRequest(request));
        String uri = request.getRequestURI();
        String[] parts = uri.split("/");
        String back = parts.length >= 3 && "quan-tri".equals(parts[1]) ? "/quan-tri/" + parts[2] : "/quan-tri";
        view.addObject("page", new InvalidInputPage(key, back));
        return view;
    }
}
