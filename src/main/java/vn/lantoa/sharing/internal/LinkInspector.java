package vn.lantoa.sharing.internal;

import java.net.URI;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.lantoa.links.LinkCheck;
import vn.lantoa.links.LinkChecker;
import vn.lantoa.links.MalformedLinkException;
import vn.lantoa.platform.LanToaProperties;

/**
 * A pasted link as sharing counts it: canonical form, platform and officialness from the links
 * module. Our own portal's articles are official by definition, whatever host the site runs on.
 */
@Component
public class LinkInspector {

    private final LinkChecker links;
    private final String ownHost;
    private final String ownName;

    LinkInspector(LinkChecker links, LanToaProperties properties) {
        this.links = links;
        this.ownHost = hostOf(properties.site().baseUrl());
        this.ownName = properties.site().name();
    }

    public InspectedLink inspect(String field, String pasted) {
        if (pasted == null || pasted.isBlank()) {
            throw new SharingException(field, "sharing.error.linkRequired");
        }
        LinkCheck check;
        try {
            check = links.check(pasted);
        } catch (MalformedLinkException e) {
            throw new SharingException(field, "sharing.error.linkInvalid", e); // e: the reason, read from its bundle
        }
        boolean own = ownHost != null && ownHost.equals(check.host());
        boolean official = (check.official() || own) && !check.lookalike();
        String source = check.source() != null ? check.source().name() : own ? ownName : null;
        return new InspectedLink(
                check.input(),
                check.canonical(),
                check.platform().name(),
                check.host(),
                official,
                source,
                check.lookalike(),
                check.resolved());
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
