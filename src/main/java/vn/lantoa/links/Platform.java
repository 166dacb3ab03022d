package vn.lantoa.links;

/** Where a link points: one of the big platforms, a news site, or anything else. */
public enum Platform {
    FACEBOOK,
    ZALO,
    YOUTUBE,
    TIKTOK,
    NEWS_SITE,
    OTHER
}
