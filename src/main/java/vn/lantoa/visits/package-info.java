/** Visitor counters: online now, today, this week, total. */
@ApplicationModule(allowedDependencies = {"platform"})
package vn.lantoa.visits;

import org.springframework.modulith.ApplicationModule;
