package vn.lantoa.reports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.lantoa.platform.PublicAddresses;

/**
 * One look at a reported link: HEAD (GET when HEAD is refused), short timeouts, no cookies, a plain
 * user agent, redirects followed by hand for a few hops so that every hop's address is checked.
 * 404, 410 and 451, or a redirect to a platform's "content unavailable" page, mean removed.
 *
 * <p>With {@code blockPrivate} (the production setting) a host that resolves to a loopback, private,
 * link-local, shared (CGNAT), multicast or unspecified address is refused, so that reported links
 * cannot make the server probe its own network. The address is checked before the request; a DNS
 * answer that changes between the check and the connection is not caught (short TTL rebinding).
 */
public class LinkProbe {

    public enum Outcome {
        REACHABLE,
        REMOVED,
        ERROR,
        REFUSED
    }

    /** What came out; {@code status} and {@code finalUrl} of the last hop answered, if any. */
    public record Result(Outcome outcome, Integer status, String finalUrl, String detail) {}

    static final int MAX_HOPS = 5;
    static final String USER_AGENT = "LanToa-link-check/1.0 (+reports re-check)";

    /** Paths platforms redirect removed content to (heuristic; extend as platforms change). */
    private static final Pattern UNAVAILABLE_PATH = Pattern.compile(
            "(?i)^/(404|410|notfound|not-found|content[-_]?(not[-_]?)?(available|unavailable)|unavailable|removed)(/.*)?$");

    private final HttpClient client;
    private final Duration timeout;
    private final boolean blockPrivate;

    public LinkProbe(Duration timeout, boolean blockPrivate) {
        this.timeout = timeout;
        this.blockPrivate = blockPrivate;
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
    }

    public Result probe(String url) {
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return new Result(Outcome.ERROR, null, null, "malformed link");
        }
        Integer lastStatus = null;
        for (int hop = 0; hop <= MAX_HOPS; hop++) {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return new Result(Outcome.ERROR, lastStatus, uri.toString(), "not a web link");
            }
            if (hop > 0 && unavailablePage(uri)) {
                return new Result(Outcome.REMOVED, lastStatus, uri.toString(), "redirected to an unavailable page");
            }
            if (blockPrivate) {
                String refusal = refusal(uri.getHost());
                if (refusal != null) {
                    return new Result(Outcome.REFUSED, null, uri.toString(), refusal);
                }
            }
            Answer answer;
            try {
                answer = request(uri, "HEAD");
                if (answer.status() == 405 || answer.status() == 501 || answer.status() == 403) {
                    answer = request(uri, "GET");
                }
            } catch (IOException e) {
                return new Result(Outcome.ERROR, lastStatus, uri.toString(), shorten(e.toString()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Result(Outcome.ERROR, lastStatus, uri.toString(), "interrupted");
            } catch (IllegalArgumentException e) {
                return new Result(Outcome.ERROR, lastStatus, uri.toString(), "malformed link");
            }
            int status = answer.status();
            lastStatus = status;
            if (status >= 300 && status < 400 && answer.location() != null) {
                try {
                    uri = uri.resolve(answer.location());
                } catch (IllegalArgumentException e) {
                    return new Result(Outcome.ERROR, status, uri.toString(), "bad redirect");
                }
                continue;
            }
            if (status == 404 || status == 410 || status == 451) {
                return new Result(Outcome.REMOVED, status, uri.toString(), null);
            }
            if (status >= 200 && status < 300) {
                return new Result(Outcome.REACHABLE, status, uri.toString(), null);
            }
            return new Result(Outcome.ERROR, status, uri.toString(), "HTTP " + status);
        }
        return new Result(Outcome.ERROR, lastStatus, uri.toString(), "too many redirects");
    }

    private record Answer(int status, String location) {}

    private Answer request(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(timeout)
                .header("User-Agent", USER_AGENT)
                .header("Accept", "text/html,*/*;q=0.5")
                .build();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            // the body is not needed; closing it drops the connection's rest
        }
        return new Answer(
                response.statusCode(), response.headers().firstValue("Location").orElse(null));
    }

    static boolean unavailablePage(URI uri) {
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        return UNAVAILABLE_PATH.matcher(path).matches();
    }

    /** Why the host may not be probed, or null when every address it resolves to is public. */
    static String refusal(String host) {
        return PublicAddresses.refusal(host);
    }

    static boolean isPublic(InetAddress a) {
        return PublicAddresses.isPublic(a);
    }

    private static String shorten(String s) {
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
