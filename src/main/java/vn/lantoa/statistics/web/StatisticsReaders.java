package vn.lantoa.statistics.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.lantoa.platform.Allowed;
import vn.lantoa.platform.Role;

/**
 * Only the roles that see statistics ({@code StatisticsQueries.MAY_SEE}: administrators, unit
 * managers, editors) may use these pages; others get 403. Which units they see is their subtree.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Allowed({Role.ADMIN, Role.UNIT_MANAGER, Role.EDITOR})
@interface StatisticsReaders {}
