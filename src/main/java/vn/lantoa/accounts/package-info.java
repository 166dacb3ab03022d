/** User accounts, roles, unit scope, login, two-factor authentication and the audit log. */
@ApplicationModule(allowedDependencies = {"platform", "organization", "notifications"})
package vn.lantoa.accounts;

import org.springframework.modulith.ApplicationModule;
