package vn.lantoa.notifications.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.PublicAddresses;

/**
 * What a browser may hand us as a push subscription: an {@code https} endpoint of a known push
 * service on a public address (the server will post to it, so it must not be a way into the
 * server's own network), a P-256 public key and a 16-byte secret. Checked when a member subscribes
 * and again before each message, as the links' re-checks do.
 */
@Component
class PushEndpoints {

    static final int MAX_ENDPOINT = 1000;
    private final List<String> services;
    private final boolean allowInsecure;

    PushEndpoints(NotificationProperties properties) {
        this.services = properties.push().services().stream()
                .map(s -> s.strip().toLowerCase(Locale.ROOT))
                .toList();
        this.allowInsecure = properties.push().allowInsecureEndpoints();
    }

    /** A subscription as the browser sent it, checked; its keys decoded. */
    record Checked(URI endpoint, byte[] p256dh, byte[] auth) {}

    /** @throws InvalidInputException with the reason in the member's language */
    Checked check(String endpoint, String p256dh, String auth) {
        URI uri = endpoint(endpoint);
        String refusal = refusal(uri);
        if (refusal != null) {
            throw new InvalidInputException(refusal);
        }
        return new Checked(
                uri, key(p256dh, 65, "notifications.push.error.key"), key(auth, 16, "notifications.push.error.key"));
    }

    /** The message key of why a stored endpoint may not be posted to now, or {@code null}. */
    String refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean local = allowInsecure && isLoopbackName(uri.getHost());
        if (!"https".equals(scheme) && !(allowInsecure && "http".equals(scheme))) {
            return "notifications.push.error.notHttps";
        }
        if (!local && !knownService(uri.getHost())) {
            return "notifications.push.error.foreign";
        }
        if (!allowInsecure && PublicAddresses.refusal(uri.getHost()) != null) {
            return "notifications.push.error.private";
        }
        return null;
    }

    private static URI endpoint(String endpoint) {
        if (endpoint == null || endpoint.isBlank() || endpoint.length() > MAX_ENDPOINT) {
            throw new InvalidInputException("notifications.push.error.malformed");
        }
        try {
            URI uri = new URI(endpoint.strip());
            if (!uri.isAbsolute()
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null
                    || uri.getRawFragment() != null) {
                throw new InvalidInputException("notifications.push.error.malformed");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidInputException("notifications.push.error.malformed");
        }
    }

    private boolean knownService(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        for (String service : services) {
            if (service.startsWith("*.") ? h.endsWith(service.substring(1)) : h.equals(service)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLoopbackName(String host) {
        return host != null && (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]"));
    }

    private static byte[] key(String value, int length, String messageKey) {
        try {
            byte[] bytes = value == null
                    ? new byte[0]
                    : Base64.getUrlDecoder().decode(value.strip().replace("=", ""));
            if (bytes.length != length || (length == 65 && bytes[0] != 4)) {
                throw new InvalidInputException(messageKey);
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(messageKey);
        }
    }
}
