package vn.lantoa.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import vn.lantoa.accounts.internal.AccountValidationException;
import vn.lantoa.platform.web.Ui;
import vn.lantoa.platform.web.UiFactory;

/** Bad input on an accounts page: a 400 page with the reason, never a 500. */
@ControllerAdvice(assignableTypes = {AccountController.class, AuditController.class})
class AccountsErrors {

    private final UiFactory uiFactory;

    AccountsErrors(UiFactory uiFactory) {
        this.uiFactory = uiFactory;
    }

    @ExceptionHandler(AccountValidationException.class)
    ModelAndView invalid(AccountValidationException e, HttpServletRequest request) {
        return page(e.messageKey(), request);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badParameter(Exception e, HttpServletRequest request) {
        return page("accounts.error.input", request);
    }

    private ModelAndView page(String key, HttpServletRequest request) {
        ModelAndView view = new ModelAndView("accounts/invalid", HttpStatus.BAD_REQUEST);
        view.addObject(Ui.MODEL_ATTRIBUTE, uiFactory.forRequest(request));
        view.addObject("page", key);
        return view;
    }
}
