package vn.lantoa.platform.internal.errors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import vn.lantoa.platform.web.CorrelationIdFilter;

/**
 * While the database cannot be reached, a request that needs it is answered at once with 503 and
 * {@code Retry-After}: problem details under {@code /api/} (and for clients that do not ask for
 * HTML), a short page in Vietnamese and English otherwise. It sits outside every other filter but
 * the correlation id, so a failure in the session filter (which reads the session from
 * PostgreSQL) is caught too, and it writes the answer itself: no error page that would read the
 * session or the database again. Requests that need no database (cached public pages, static
 * files) never get here. Recovery needs nothing: the pool reconnects on the next request.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final long retryAfterSeconds;

    DatabaseOutageFilter(MessageSource messages, LocaleResolver locales, Duration retryAfter) {
        this.messages = messages;
        this.locales = locales;
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false; // an error page for another reason may still fail on the session lookup
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (response.isCommitted() || !DatabaseOutage.causedBy(e)) {
                throw e;
            }
            log.warn(
                    DatabaseOutage.poolBusy(e)
                            ? "Database connections all busy: {} {} answered 503 ({})"
                            : "Database unreachable: {} {} answered 503 ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    rootMessage(e));
            unavailable(request, response);
        }
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        response.setHeader("Cache-Control", "no-store");
        String cid = CorrelationIdFilter.currentId(request);
        Locale locale = locale(request);
        String uri = originalUri(request);
        if (uri.startsWith("/api/") || !acceptsHtml(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":" + json(t("error.503.title", locale))
                            + ",\"status\":503,\"detail\":" + json(t("error.503.detail", locale))
                            + ",\"instance\":" + json(uri) + ",\"retryAfter\":" + retryAfterSeconds
                            + ",\"correlationId\":" + json(cid == null ? "" : cid) + "}");
            return;
        }
        Locale other = "en".equals(locale.getLanguage()) ? Locale.forLanguageTag("vi") : Locale.ENGLISH;
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("<!DOCTYPE html>\n<html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<title>" + html(t("error.503.title", locale)) + "</title>"
                        + "<link rel=\"stylesheet\" href=\"/webjars/bootstrap/dist/css/bootstrap.min.css\">"
                        + "<link rel=\"stylesheet\" href=\"/css/lantoa.css\"></head>"
                        + "<body><main class=\"container py-5\" id=\"noi-dung\">"
                        + "<p class=\"display-4 text-secondary mb-0\">503</p>"
                        + "<h1 class=\"h2\">" + html(t("error.503.title", locale)) + "</h1>"
                        + "<p class=\"lead\">" + html(t("error.503.detail", locale)) + "</p>"
                        + "<div lang=\"" + other.getLanguage() + "\"><h2 class=\"h4\">"
                        + html(t("error.503.title", other)) + "</h2><p>" + html(t("error.503.detail", other))
                        + "</p></div>"
                        + (cid == null
                                ? ""
                                : "<p>" + html(t("error.correlation", locale)) + " <code>" + html(cid) + "</code></p>")
                        + "<p><a class=\"btn btn-primary\" href=\"/\">" + html(t("error.backHome", locale))
                        + "</a></p></main></body></html>\n");
    }

    private Locale locale(HttpServletRequest request) {
        try {
            return locales.resolveLocale(request);
        } catch (RuntimeException e) {
            return Locale.forLanguageTag("vi");
        }
    }

    private String t(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String originalUri(HttpServletRequest request) {
        Object error = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        return error != null ? error.toString() : request.getRequestURI();
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept == null || accept.contains("text/html") || accept.contains("*/*");
    }

    private static String html(String s) {
        return HtmlUtils.htmlEscape(s, StandardCharsets.UTF_8.name());
    }

    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(
                MessageSource messages,
                LocaleResolver localeResolver,
                @Value("${lantoa.database.retry-after:10s}") Duration retryAfter) {
            FilterRegistrationBean<DatabaseOutageFilter> bean =
                    new FilterRegistrationBean<>(new DatabaseOutageFilter(messages, localeResolver, retryAfter));
            // just inside the correlation id (HIGHEST_PRECEDENCE), outside Spring Session's filter
            bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            bean.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
            return bean;
        }
    }
}
