package vn.lantoa.links;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.lantoa.links.internal.CanonicalUrl;
import vn.lantoa.links.internal.LinkRules;
import vn.lantoa.links.internal.LinkVerdicts;
import vn.lantoa.links.internal.ShortLinkResolver;
import vn.lantoa.links.internal.SourceRegistry;
import vn.lantoa.links.internal.UrlCanonicalizer;

/**
 * The links module's facade: what a pasted link is (canonical form, platform) and whether it
 * comes from an official source. The sharing and reports modules count and deduplicate by
 * {@link LinkCheck#canonical()}.
 */
@Service
public class LinkChecker {

    private final UrlCanonicalizer canonicalizer = new UrlCanonicalizer(LinkRules.standard());
    private final SourceRegistry registry;
    private final ShortLinkResolver resolver;

    LinkChecker(
            SourceRegistry registry,
            @Value("${lantoa.links.resolve-short-links:false}") boolean resolveShortLinks,
            @Value("${lantoa.links.resolve-timeout:3s}") Duration resolveTimeout) {
        this.registry = registry;
        this.resolver = resolveShortLinks ? new ShortLinkResolver(resolveTimeout, false, this::isShortLink) : null;
    }

    private boolean isShortLink(String url) {
        try {
            return canonicalizer.canonicalize(url).shortLink();
        } catch (MalformedLinkException e) {
            return false;
        }
    }

    /**
     * Checks a pasted link.
     *
     * @throws MalformedLinkException when the text is not an http(s) link, with the reason as a key
     *     of the links bundle
     */
    public LinkCheck check(String pastedUrl) {
        CanonicalUrl url = canonicalizer.canonicalize(pastedUrl);
        String shortLink = null;
        if (url.shortLink() && resolver != null) {
            var expanded = resolver.resolve(url.canonical());
            if (expanded.isPresent()) {
                try {
                    CanonicalUrl target = canonicalizer.canonicalize(expanded.get());
                    shortLink = url.canonical();
                    url = target;
                } catch (MalformedLinkException e) {
                    // the redirect led somewhere that is not a web link: keep the short link
                }
            }
        }
        return LinkVerdicts.of(pastedUrl, url, shortLink, registry.current());
    }
}
