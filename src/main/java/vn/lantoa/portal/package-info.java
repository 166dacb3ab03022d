/** Public pages, search, RSS, sitemap and the page cache. */
@ApplicationModule(allowedDependencies = {"platform", "platform :: web", "newsroom", "visits"})
package vn.lantoa.portal;

import org.springframework.modulith.ApplicationModule;
