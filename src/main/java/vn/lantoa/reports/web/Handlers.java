package vn.lantoa.reports.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.lantoa.platform.Allowed;
import vn.lantoa.platform.Role;

/**
 * Only handlers and administrators may triage; others get 403. Which clusters they see is then
 * their scope ({@code TriageAccess.scope}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Allowed({Role.ADMIN, Role.HANDLER})
@interface Handlers {}
