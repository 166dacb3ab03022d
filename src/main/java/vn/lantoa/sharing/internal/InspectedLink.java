package vn.lantoa.sharing.internal;

/**
 * A pasted link as the links module sees it.
 *
 * @param lookalike the host imitates another one with look-alike letters (never official then)
 * @param resolved {@code false} for a short link whose target is not known yet
 */
public record InspectedLink(
        String input,
        String canonical,
        String platform,
        String host,
        boolean official,
        String sourceName,
        boolean lookalike,
        boolean resolved) {

    public boolean recognisedPlatform() {
        return !"OTHER".equals(platform);
    }
}
