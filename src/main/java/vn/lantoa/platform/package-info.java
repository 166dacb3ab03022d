/**
 * Shared infrastructure only: the embedded PostgreSQL default, security, i18n, layouts, error
 * pages, clock and time zone, and the signed-in user type every module reads. A closed module:
 * other modules see its root package and the named interface {@code web} (its web SPI), never
 * {@code internal}.
 */
@ApplicationModule
package vn.lantoa.platform;

import org.springframework.modulith.ApplicationModule;
