/** Official-source registry, URL canonicalisation and platform detection; depends on no feature module. */
@ApplicationModule(allowedDependencies = {"platform", "platform :: web"})
package vn.lantoa.links;

import org.springframework.modulith.ApplicationModule;
