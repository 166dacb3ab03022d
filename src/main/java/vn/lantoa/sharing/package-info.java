/** Campaigns, logged shares and rebuttal comments, and the member feed. */
@ApplicationModule(
        allowedDependencies = {"platform", "platform :: web", "links", "organization", "newsroom", "notifications"})
package vn.lantoa.sharing;

import org.springframework.modulith.ApplicationModule;
