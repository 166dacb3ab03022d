/** Unit tree, members, sharing groups and their spreadsheet import and export. */
@ApplicationModule(allowedDependencies = {"platform"})
package vn.lantoa.organization;

import org.springframework.modulith.ApplicationModule;
