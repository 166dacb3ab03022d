package vn.lantoa.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Only an administrator may call this controller or handler ({@link Allowed} with {@link Role#ADMIN}). */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Allowed(Role.ADMIN)
public @interface AdminOnly {}
