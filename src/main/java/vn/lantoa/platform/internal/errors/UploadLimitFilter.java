package vn.lantoa.platform.internal.errors;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * An upload larger than the server accepts ({@code spring.servlet.multipart.max-request-size}) gets
 * the usual 413 page in the reader's language instead of the servlet container's, decided from its
 * declared length before anything (the CSRF check first of all) tries to read the body. The
 * features' own, smaller limits still give their own messages for files under this one.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;

    UploadLimitFilter(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type == null
                || !type.regionMatches(true, 0, "multipart/", 0, "multipart/".length())
                || request.getContentLengthLong() <= maxRequestBytes) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        // The body is not read: the container closes the connection instead of swallowing it.
        response.setHeader(HttpHeaders.CONNECTION, "close");
        request.getRequestDispatcher("/error").forward(new WithoutBody(request), response);
    }

    /** The request as the error page sees it: no parameters, parts or body to parse. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            throw new IOException("The body of a request over the upload limit is not read");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<UploadLimitFilter> uploadLimitFilter(
                @Value("${spring.servlet.multipart.max-request-size:24MB}") DataSize maxRequestSize) {
            FilterRegistrationBean<UploadLimitFilter> bean =
                    new FilterRegistrationBean<>(new UploadLimitFilter(maxRequestSize.toBytes()));
            bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
            bean.setDispatcherTypes(DispatcherType.REQUEST);
            return bean;
        }
    }
}
