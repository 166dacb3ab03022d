package vn.lantoa.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Gives every page its {@link Ui} as the model attribute {@code ui}, and a handler that asks for a
 * {@code Ui} parameter the same one. A JSON answer (no view) gets none.
 *
 * <p>This was a {@code @ControllerAdvice} with a {@code @ModelAttribute} method: Spring then built
 * the model factory, looked the method's annotations up and invoked it reflectively on every
 * request, 6 % of the CPU of a rendered article (BENCHMARKS.md, "Render"). An argument resolver and
 * an interceptor's {@code postHandle} do the same for a fraction of it.
 */
@Component
class UiModel implements WebMvcConfigurer, HandlerInterceptor, HandlerMethodArgumentResolver {

    private static final String ATTRIBUTE = UiModel.class.getName();
    private static final String REDIRECT = "redirect:";

    private final UiFactory factory;

    UiModel(UiFactory factory) {
        this.factory = factory;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Ui.class;
    }

    @Override
    public Ui resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return of(webRequest.getNativeRequest(HttpServletRequest.class));
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || view.getModelMap().containsAttribute(Ui.MODEL_ATTRIBUTE)) {
            return;
        }
        String name = view.getViewName();
        if (name != null && name.startsWith(REDIRECT)) {
            return;
        }
        view.addObject(Ui.MODEL_ATTRIBUTE, of(request));
    }

    /** One {@code Ui} per request, whoever asks first. */
    private Ui of(HttpServletRequest request) {
        if (request.getAttribute(ATTRIBUTE) instanceof Ui ui) {
            return ui;
        }
        Ui ui = factory.forRequest(request);
        request.setAttribute(ATTRIBUTE, ui);
        return ui;
    }
}
