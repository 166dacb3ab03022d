package vn.lantoa.links.internal;

import java.util.List;
import vn.lantoa.links.MalformedLinkException;
import vn.lantoa.links.Platform;

/**
 * Turns any pasted link into the one form LanToa counts and deduplicates by. Pure Java, no
 * Spring, thread-safe: the rules are read once and never change.
 */
public final class UrlCanonicalizer {

    private static final int MAX_UNWRAP = 3;
    private final LinkRules rules;

    public UrlCanonicalizer(LinkRules rules) {
        this.rules = rules;
    }

    /** The canonical form of a pasted link; {@link MalformedLinkException} when it is not one. */
    public CanonicalUrl canonicalize(String pasted) {
        return canonicalize(pasted, 0);
    }

    private CanonicalUrl canonicalize(String pasted, int depth) {
        ParsedUrl url = UrlParser.parse(pasted);
        Platform platform = Platform.OTHER;
        boolean shortLink = false;
        String matchedDomain = null;
        DomainTable.Hit<LinkRules.PlatformHost> hit = rules.platformHost(url.host);
        if (hit != null) {
            LinkRules.PlatformHost row = hit.value();
            platform = row.platform();
            shortLink = row.shortLinks();
            matchedDomain = hit.domain();
            url.host = foldHost(url.host, hit.domain(), row);
            if (platform != Platform.OTHER && platform != Platform.NEWS_SITE) {
                url.scheme = "https";
            }
        }
        CanonicalUrl unwrapped = unwrap(url, depth);
        if (unwrapped != null) {
            return unwrapped;
        }
        if (!shortLink) {
            shortLink = PlatformShapes.fold(url, platform, matchedDomain);
        }
        Platform rulesOf = platform;
        url.params.removeIf(param -> rules.isTracking(param.key(), rulesOf));
        return new CanonicalUrl(url.build(), url.host, url.skeletonHost, platform, false, shortLink, url.lookalike);
    }

    private static String foldHost(String host, String domain, LinkRules.PlatformHost row) {
        if (host.equals(domain)) {
            return row.canonicalDomain();
        }
        String prefix = host.substring(0, host.length() - domain.length() - 1);
        return row.foldedPrefixes().contains(prefix) ? row.canonicalDomain() : host;
    }

    private CanonicalUrl unwrap(ParsedUrl url, int depth) {
        List<LinkRules.Wrapper> wrappers = rules.wrappers(url.host);
        if (wrappers.isEmpty() || depth >= MAX_UNWRAP) {
            return null;
        }
        String path = url.path.length() > 1 && url.path.endsWith("/")
                ? url.path.substring(0, url.path.length() - 1)
                : url.path;
        for (LinkRules.Wrapper wrapper : wrappers) {
            String value = wrapper.path().equals(path) ? url.param(wrapper.parameter()) : null;
            if (value == null || value.isBlank()) {
                continue;
            }
            String target = PercentEncoding.decode(value);
            if (target.startsWith("/") && !target.startsWith("//")) {
                target = "https://" + url.host + target; // YouTube attribution links are relative
            }
            try {
                CanonicalUrl inner = canonicalize(target, depth + 1);
                return new CanonicalUrl(
                        inner.canonical(),
                        inner.host(),
                        inner.skeletonHost(),
                        inner.platform(),
                        true,
                        inner.shortLink(),
                        inner.lookalike());
            } catch (MalformedLinkException e) {
                return null; // a wrapper around something that is not a web link stays as it is
            }
        }
        return null;
    }
}
