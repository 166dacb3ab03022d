package vn.lantoa.visits.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;

/**
 * Who a visitor is, without a cookie and without keeping the IP address: the first 16 bytes of
 * HMAC-SHA256(key of the day, IP + user agent). The key changes at local midnight and old keys are
 * deleted, so yesterday's visitors cannot be recognised or recomputed.
 */
public final class VisitorIdentity {

    private static final byte[] SEPARATOR = {'\n'};
    private final DayKeys keys;
    private final boolean trustForwardedFor;

    public VisitorIdentity(DayKeys keys, boolean trustForwardedFor) {
        this.keys = keys;
        this.trustForwardedFor = trustForwardedFor;
    }

    public String visitorOf(HttpServletRequest request, LocalDate day) {
        return hash(day, clientAddress(request), request.getHeader("User-Agent"));
    }

    String hash(LocalDate day, String address, String userAgent) {
        byte[] digest = keys.hmac(
                day,
                address.getBytes(StandardCharsets.UTF_8),
                SEPARATOR,
                (userAgent == null ? "" : userAgent).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    }

    String clientAddress(HttpServletRequest request) {
        if (trustForwardedFor) {
            String forwarded = request.getHeader("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                // The last entry is the one our own proxy appended; earlier ones are the client's word.
                return forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
            }
        }
        return request.getRemoteAddr();
    }
}
