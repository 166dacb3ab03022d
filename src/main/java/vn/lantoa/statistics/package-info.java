/** Dashboards, periodic reports (XLSX, PDF) and rollups over the other modules' events. */
@ApplicationModule(
        allowedDependencies = {
            "platform",
            "platform :: web",
            "organization",
            "newsroom",
            "sharing",
            "reports",
            "visits",
            "links"
        })
package vn.lantoa.statistics;

import org.springframework.modulith.ApplicationModule;
