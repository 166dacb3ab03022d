package vn.lantoa.platform.internal.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import vn.lantoa.platform.Role;
import vn.lantoa.platform.web.PlatformRoutes;

/**
 * Who may go where, and the headers every response carries. The CSRF token lives in a cookie (no
 * server session for anonymous readers) and is printed in {@code <meta name="_csrf">} for forms,
 * htmx and scripts on every page but the shared public ones, which have nothing to post (ADR 0017).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String LOGIN = PlatformRoutes.LOGIN;
    private static final String LOGOUT = PlatformRoutes.LOGOUT;

    /** No inline scripts, no third-party hosts; images may be data URIs (Bootstrap's icons). */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "frame-src 'self' https://www.youtube-nocookie.com https://www.youtube.com",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /**
     * The OpenAPI document and Swagger UI are public (ADR 0011): they describe only {@code /api/v1},
     * whose shape the README always told, and say who may call what; they hold no data.
     */
    static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};

    /** Spring Security's default masking of the token per response. */
    private static final XorCsrfTokenRequestAttributeHandler CSRF_HANDLER = new XorCsrfTokenRequestAttributeHandler();

    /** The token in a cookie: no server session for anonymous readers. */
    @Bean
    CookieCsrfTokenRepository csrfTokenRepository() {
        return new CookieCsrfTokenRepository();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http, CookieCsrfTokenRepository csrfTokenRepository, ApplicationEventPublisher events)
            throws Exception {
        String[] backOffice = Arrays.stream(Role.BACK_OFFICE).map(Role::name).toArray(String[]::new);
        http.authorizeHttpRequests(
                        auth -> auth.requestMatchers(PlatformRoutes.BACK_OFFICE, PlatformRoutes.BACK_OFFICE + "/**")
                                .hasAnyRole(backOffice)
                                // the member app's manifest and service worker hold nothing personal; a
                                // browser may fetch the manifest without cookies
                                .requestMatchers(PlatformRoutes.MEMBER_MANIFEST, PlatformRoutes.MEMBER_SERVICE_WORKER)
                                .permitAll()
                                .requestMatchers(
                                        PlatformRoutes.MEMBER_AREA,
                                        PlatformRoutes.MEMBER_AREA + "/**",
                                        PlatformRoutes.ACCOUNT,
                                        PlatformRoutes.ACCOUNT + "/**")
                                .authenticated()
                                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                                .permitAll()
                                .requestMatchers(API_DOCS)
                                .permitAll()
                                .requestMatchers("/actuator", "/actuator/**")
                                .denyAll()
                                .anyRequest()
                                .permitAll())
                .formLogin(form -> form.loginPage(LOGIN)
                        .defaultSuccessUrl(PlatformRoutes.HOME, false)
                        .permitAll())
                .logout(logout -> logout.logoutUrl(LOGOUT)
                        .logoutSuccessUrl(LOGIN + "?logout")
                        .deleteCookies("SESSION"))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokenRepository)
                        .csrfTokenRequestHandler(CSRF_HANDLER)
                        .ignoringRequestMatchers(SecurityConfiguration::publicJsonPost))
                .exceptionHandling(ex -> ex.defaultAuthenticationEntryPointFor(
                                new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), pathPattern("/api/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint(LOGIN), AnyRequestMatcher.INSTANCE))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(ref ->
                                ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")))
                // wraps the translation of access-denied exceptions, so it sees their 403
                .addFilterBefore(new RefusalAudit(events), ExceptionTranslationFilter.class);
        return http.build();
    }

    /**
     * JSON endpoints that anonymous clients (apps, partner tiplines) may POST to without a CSRF
     * token. Only with a JSON content type: a cross-site page can send that only after a CORS
     * preflight, which LanToa never grants, so a signed-in visitor's cookies cannot be abused;
     * a form-encoded or text/plain POST to the same path still needs the token.
     */
    static final Set<String> PUBLIC_JSON_POSTS = Set.of("/api/v1/reports");

    static boolean publicJsonPost(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || !PUBLIC_JSON_POSTS.contains(request.getRequestURI())) {
            return false;
        }
        try {
            return request.getContentType() != null
                    && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(request.getContentType()));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /**
     * No observation (metric, trace span) around each of the ~15 security filters on every request:
     * it cost about as much as the filters themselves; requests are still measured once as
     * {@code http.server.requests}. Nothing in what the filters check changes.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Argon2 for new hashes (bcrypt and others still verify): a modern, memory-hard encoder. */
    @Bean
    PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8());
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder("argon2", encoders);
    }
}
