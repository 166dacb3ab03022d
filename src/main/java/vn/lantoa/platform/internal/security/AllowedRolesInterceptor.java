package vn.lantoa.platform.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import vn.lantoa.platform.Allowed;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.ForbiddenException;
import vn.lantoa.platform.NotSignedInException;

/**
 * Enforces {@link Allowed} (and the annotations that carry it, such as {@code AdminOnly}) before
 * the handler's arguments are resolved, so a refused caller never gets a request read on their
 * behalf: a 403 (audited by {@link RefusalAudit}), not a 400 for a missing field or a failed upload.
 */
@Configuration(proxyBeanMethods = false)
class AllowedRolesInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        Allowed allowed = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Allowed.class);
        if (allowed == null) {
            allowed = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Allowed.class);
        }
        if (allowed == null) {
            return true;
        }
        Allowed needed = allowed;
        CurrentUser user = CurrentUser.get().orElseThrow(NotSignedInException::new);
        if (Arrays.stream(needed.value()).noneMatch(user::has)) {
            throw new ForbiddenException();
        }
        return true;
    }
}
