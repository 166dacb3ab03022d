/**
 * Reports of harmful content, clustering, matching against refuted claims, and triage. Its API for
 * other modules is {@link vn.lantoa.reports.ReportFigures} (what statistics reads); everything its
 * own web layer uses lives in {@code internal}.
 */
@ApplicationModule(
        allowedDependencies = {"platform", "platform :: web", "links", "organization", "newsroom", "notifications"})
package vn.lantoa.reports;

import org.springframework.modulith.ApplicationModule;
