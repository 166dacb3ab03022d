package vn.lantoa.links;

/**
 * What LanToa makes of a pasted link.
 *
 * @param input the text as pasted (trimmed)
 * @param canonical the form used to count and deduplicate: two links with the same canonical form
 *     point to the same content
 * @param platform where it points
 * @param host the host of the canonical form, in ASCII (punycode for international names)
 * @param official whether the host is an active official source's domain or a subdomain of it
 * @param source that source, or {@code null}
 * @param unwrapped whether a redirect wrapper (l.facebook.com, google.com/url, …) was removed
 * @param resolved {@code false} for a short link (fb.watch, vt.tiktok.com, …) that was kept as it is
 *     because it cannot be expanded offline
 * @param shortLink the short link the canonical form was expanded from by the optional resolver,
 *     or {@code null}
 * @param lookalike whether the host uses letters from other scripts that imitate Latin ones, or
 *     imitates an official domain with accents: never official
 */
public record LinkCheck(
        String input,
        String canonical,
        Platform platform,
        String host,
        boolean official,
        OfficialSource source,
        boolean unwrapped,
        boolean resolved,
        String shortLink,
        boolean lookalike) {}
