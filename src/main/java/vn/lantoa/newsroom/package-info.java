/** Articles, categories, media, revisions, editorial workflow and scheduling. */
@ApplicationModule(allowedDependencies = {"platform"})
package vn.lantoa.newsroom;

import org.springframework.modulith.ApplicationModule;
