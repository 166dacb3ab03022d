package vn.lantoa.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The CSRF token of a request as Spring Security's own filter makes it (the same cookie
 * repository, the same per-response masking), for a filter that answers before the security
 * chain runs: the page cache serves anonymous hits there. A request without the token cookie gets
 * a new one ({@code Set-Cookie}), exactly as through the chain.
 */
public interface CsrfTokens {

    /** The masked token a page prints in {@code <meta name="_csrf">}, not yet HTML-escaped. */
    String maskedToken(HttpServletRequest request, HttpServletResponse response);
}
