package vn.lantoa.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only an administrator may call this controller or method: Spring Security's method security
 * refuses anyone else with 403 (audited as {@code access.refused}, like every refusal), before
 * the method runs. The one way to say "administrators only", instead of a guard written in each class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@PreAuthorize("hasRole('ADMIN')")
public @interface AdminOnly {}
