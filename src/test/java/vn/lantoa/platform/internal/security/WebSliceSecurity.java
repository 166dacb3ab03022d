package vn.lantoa.platform.internal.security;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The application's own security rules (paths, CSRF in a cookie, login page) for a web slice, which
 * does not scan configurations; {@link AllowedRolesInterceptor} comes in by itself as a web
 * configurer.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecurityConfiguration.class)
public class WebSliceSecurity {}
