/** Articles, categories, media, revisions, editorial workflow and scheduling. */
@ApplicationModule(allowedDependencies = {"platform", "platform :: web"})
package vn.lantoa.newsroom;

import org.springframework.modulith.ApplicationModule;
