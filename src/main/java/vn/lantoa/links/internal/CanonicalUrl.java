package vn.lantoa.links.internal;

import vn.lantoa.links.Platform;

/**
 * The canonical form of one link, before it is matched against the registry.
 *
 * @param canonical the address used for deduplication
 * @param host its ASCII host
 * @param skeletonHost the plain-Latin shape of an international host (see {@link Homoglyphs}), or
 *     {@code null} for an ASCII host
 * @param platform where it points, by host ({@link Platform#OTHER} when unknown)
 * @param unwrapped whether a redirect wrapper was removed
 * @param shortLink whether this is a short link that only a redirect can expand
 * @param lookalike whether the host imitates Latin letters with other scripts
 */
public record CanonicalUrl(
        String canonical,
        String host,
        String skeletonHost,
        Platform platform,
        boolean unwrapped,
        boolean shortLink,
        boolean lookalike) {}
