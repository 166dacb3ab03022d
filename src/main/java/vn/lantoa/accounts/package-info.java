/** User accounts, roles, unit scope, login, two-factor authentication and the audit log. */
@ApplicationModule(allowedDependencies = {"platform", "platform :: web", "organization", "notifications"})
package vn.lantoa.accounts;

import org.springframework.modulith.ApplicationModule;
