package vn.lantoa.organization.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.lantoa.platform.Allowed;
import vn.lantoa.platform.Role;

/**
 * Only unit managers and administrators may use these pages and endpoints; others get 403. Which
 * units they see is then their subtree ({@code OrgAccess.requireVisible}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Allowed({Role.ADMIN, Role.UNIT_MANAGER})
@interface UnitManagers {}
