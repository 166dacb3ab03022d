/** Outbox of messages to members: e-mail, Zalo Official Account, web push. */
@ApplicationModule(allowedDependencies = {"platform", "platform :: web", "organization"})
package vn.lantoa.notifications;

import org.springframework.modulith.ApplicationModule;
