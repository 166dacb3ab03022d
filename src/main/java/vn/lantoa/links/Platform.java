package vn.lantoa.links;

/** Where a link points: one of the big platforms, a news site, or anything else. */
public enum Platform {
    FACEBOOK,
    ZALO,
    YOUTUBE,
    TIKTOK,
    NEWS_SITE,
    OTHER;

    /** The message key of the platform's label ({@code links.platform.*}), the one set every module shows. */
    public String labelKey() {
        return "links.platform." + name();
    }

    /**
     * The label key of a platform stored by name (a share's {@code platform} column, a statistics
     * split); a name this version does not know is shown as {@link #OTHER}.
     */
    public static String labelKey(String name) {
        for (Platform p : values()) {
            if (p.name().equals(name)) {
                return p.labelKey();
            }
        }
        return OTHER.labelKey();
    }
}
