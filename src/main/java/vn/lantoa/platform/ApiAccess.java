package vn.lantoa.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a JSON API handler ({@code /api/v1/**}), as the handler itself checks it. The
 * OpenAPI document prints it in each operation's description and as {@code x-lantoa-access};
 * {@code ApiDocsTests} fails on an {@code /api/v1} handler without it. It documents; it does not
 * enforce (the handler and its service do, as before).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiAccess {

    /** One of these roles is needed; empty: any signed-in user (or anyone, with {@link #anonymous()}). */
    Role[] value() default {};

    /** Anonymous callers may use it too (a signed-in caller may get more, e.g. be recorded as reporter). */
    boolean anonymous() default false;
}
