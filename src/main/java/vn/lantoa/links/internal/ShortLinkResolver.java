package vn.lantoa.links.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Follows the redirects of a short link (fb.watch, vt.tiktok.com, …) to the address it stands
 * for. Off unless {@code lantoa.links.resolve-short-links=true}: it makes outbound HTTP requests.
 * Reads only {@code Location} headers (HEAD requests, no bodies), stops as soon as a redirect
 * leaves the short-link hosts (the target page itself is never fetched), gives up after a few hops,
 * and refuses to go to loopback or private addresses unless built for tests.
 */
public final class ShortLinkResolver {

    private static final int MAX_HOPS = 5;
    private final HttpClient client;
    private final Duration timeout;
    private final boolean allowPrivateAddresses;
    private final Predicate<String> isShortLink;

    public ShortLinkResolver(Duration timeout, boolean allowPrivateAddresses, Predicate<String> isShortLink) {
        this.timeout = timeout;
        this.isShortLink = isShortLink;
        this.allowPrivateAddresses = allowPrivateAddresses;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    /** The address the link finally redirects to, or empty when it cannot be followed in time. */
    public Optional<String> resolve(String url) {
        long deadline = System.nanoTime() + timeout.toNanos();
        URI current;
        try {
            current = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !allowed(current)) {
                return Optional.empty();
            }
            try {
                HttpResponse<Void> response = client.send(
                        HttpRequest.newBuilder(current)
                                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                                .timeout(Duration.ofNanos(left))
                                .header("User-Agent", "LanToa link checker")
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                Optional<String> location = response.headers().firstValue("Location");
                if (response.statusCode() / 100 != 3 || location.isEmpty()) {
                    return Optional.empty();
                }
                current = current.resolve(location.get().trim());
                if (!isShortLink.test(current.toString())) {
                    return Optional.of(current.toString());
                }
            } catch (IOException | IllegalArgumentException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty(); // a redirect loop or a chain of short links too long to trust
    }

    private boolean allowed(URI uri) {
        String scheme = uri.getScheme();
        if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
            return false;
        }
        if (allowPrivateAddresses) {
            return true;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (address.isLoopbackAddress()
                        || address.isSiteLocalAddress()
                        || address.isLinkLocalAddress()
                        || address.isAnyLocalAddress()
                        || address.isMulticastAddress()) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
