/** Official-source registry, URL canonicalisation and platform detection; depends on no feature module. */
@ApplicationModule(allowedDependencies = {"platform"})
package vn.lantoa.links;

import org.springframework.modulith.ApplicationModule;
