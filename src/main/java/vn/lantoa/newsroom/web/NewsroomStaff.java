package vn.lantoa.newsroom.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import vn.lantoa.platform.Allowed;
import vn.lantoa.platform.Role;

/** Only the newsroom's roles (editors, reviewers, administrators) may use these pages; others get 403. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Allowed({Role.ADMIN, Role.EDITOR, Role.REVIEWER})
@interface NewsroomStaff {}
