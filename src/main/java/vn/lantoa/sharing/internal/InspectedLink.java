package vn.lantoa.sharing.internal;

/** A pasted link as the links module sees it. */
public record InspectedLink(
        String input, String canonical, String platform, String host, boolean official, String sourceName) {

    public boolean recognisedPlatform() {
        return !"OTHER".equals(platform);
    }
}
