package vn.lantoa.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Which roles may call a controller (on the class) or one handler (on the method, which then wins):
 * anyone else signed in gets 403, audited as {@code access.refused}, before the request is read
 * (no binding, no upload, no body). The one declared way to say it, checked by the platform's
 * {@code AllowedRolesInterceptor}; it may be used as a meta-annotation ({@link AdminOnly}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
public @interface Allowed {

    /** One of these roles is needed. */
    Role[] value();
}
