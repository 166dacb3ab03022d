/**
 * Shared infrastructure only: the embedded PostgreSQL default, security, i18n, layouts, error
 * pages, clock and time zone, and the signed-in user type every module reads.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.lantoa.platform;

import org.springframework.modulith.ApplicationModule;
