/** Public pages, search, RSS, sitemap and the page cache. */
@ApplicationModule(allowedDependencies = {"platform", "newsroom", "visits"})
package vn.lantoa.portal;

import org.springframework.modulith.ApplicationModule;
