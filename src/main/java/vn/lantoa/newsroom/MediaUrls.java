package vn.lantoa.newsroom;

/** The public URL of an uploaded image in one of its resized variants. */
public final class MediaUrls {

    /** list: thumbnails in lists; article: in the article page; og: Open Graph (1200×630). */
    public enum Variant {
        LIST,
        ARTICLE,
        OG
    }

    private MediaUrls() {}

    public static String of(long mediaId, Variant variant) {
        return "/media/" + mediaId + "/" + variant.name().toLowerCase(java.util.Locale.ROOT) + ".jpg";
    }
}
