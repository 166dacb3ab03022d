/** Reports of harmful content, clustering, matching against refuted claims, and triage. */
@ApplicationModule(allowedDependencies = {"platform", "links", "organization", "newsroom", "notifications"})
package vn.lantoa.reports;

import org.springframework.modulith.ApplicationModule;
