package vn.lantoa.sharing.internal;

import java.net.URI;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Canonical form, platform and officialness of a pasted link. TEMPORARY until the links module lands. */
@Component
public class LinkInspector {

    public InspectedLink inspect(String field, String pasted) {
        if (pasted == null || pasted.isBlank()) {
            throw new SharingException(field, "sharing.error.linkRequired");
        }
        String trimmed = pasted.strip();
        try {
            URI uri = URI.create(trimmed.contains("://") ? trimmed : "https://" + trimmed);
            String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^(www|m)\\.", "");
            String canonical = "https://" + host + (uri.getRawPath() == null ? "" : uri.getRawPath())
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            String platform =
                    host.endsWith("facebook.com") ? "FACEBOOK" : host.endsWith("zalo.me") ? "ZALO" : "NEWS_SITE";
            boolean official = host.equals("nhandan.vn") || host.endsWith(".nhandan.vn") || host.equals("localhost");
            return new InspectedLink(trimmed, canonical, platform, host, official, official ? host : null);
        } catch (RuntimeException e) {
            throw new SharingException(field, "sharing.error.linkMalformed");
        }
    }
}
