/** Visitor counters: online now, today, this week, total. */
@ApplicationModule(allowedDependencies = {"platform", "platform :: web"})
package vn.lantoa.visits;

import org.springframework.modulith.ApplicationModule;
