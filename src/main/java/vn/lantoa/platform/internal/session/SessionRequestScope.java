package vn.lantoa.platform.internal.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sessions one request has read or saved, so that Spring Session's second look at the same
 * session (after it has saved it, when the response is committed) does not read it again from
 * the database. Opened just outside Spring Session's filter, closed when the request ends: nothing
 * outlives the request, so another node's changes are seen by the next request.
 */
final class SessionRequestScope extends OncePerRequestFilter {

    private static final ThreadLocal<Map<String, Session>> SESSIONS = new ThreadLocal<>();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SESSIONS.set(new HashMap<>(2));
        try {
            chain.doFilter(request, response);
        } finally {
            SESSIONS.remove();
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    static Session recall(String id) {
        Map<String, Session> sessions = SESSIONS.get();
        return sessions == null ? null : sessions.get(id);
    }

    static void remember(String id, Session session) {
        Map<String, Session> sessions = SESSIONS.get();
        if (sessions != null) {
            sessions.put(id, session);
        }
    }

    static void forget(String id) {
        Map<String, Session> sessions = SESSIONS.get();
        if (sessions != null) {
            sessions.remove(id);
        }
    }
}
