package vn.lantoa.links.internal;

import vn.lantoa.links.LinkCheck;
import vn.lantoa.links.Platform;

/** Puts a canonical link and the registry's verdict together into the public answer. */
public final class LinkVerdicts {

    private LinkVerdicts() {}

    public static LinkCheck of(String pasted, CanonicalUrl url, String shortLink, OfficialDomains domains) {
        OfficialDomains.Verdict verdict = domains.judge(url);
        Platform platform =
                verdict.official() && url.platform() == Platform.OTHER ? Platform.NEWS_SITE : url.platform();
        return new LinkCheck(
                pasted == null ? "" : pasted.strip(),
                url.canonical(),
                platform,
                url.host(),
                verdict.official(),
                verdict.source(),
                url.unwrapped(),
                !url.shortLink(),
                shortLink,
                verdict.lookalike() || url.lookalike());
    }
}
