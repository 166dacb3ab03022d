/** Unit tree, members, sharing groups and their spreadsheet import and export. */
@ApplicationModule(allowedDependencies = {"platform", "platform :: web"})
package vn.lantoa.organization;

import org.springframework.modulith.ApplicationModule;
