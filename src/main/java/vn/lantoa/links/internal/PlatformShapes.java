package vn.lantoa.links.internal;

import java.util.Set;
import java.util.regex.Pattern;
import vn.lantoa.links.Platform;

/**
 * The platforms' many shapes of one piece of content folded into one: YouTube's {@code youtu.be},
 * {@code /shorts/}, {@code /embed/} and {@code /live/} become {@code /watch?v=ID}; Facebook keeps
 * only the parameters that identify a post, photo, video or comment; TikTok video links lose every
 * parameter. Identifying parameters are always kept, so two posts never collapse into one.
 */
final class PlatformShapes {

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern YOUTUBE_PATH_ID = Pattern.compile("/(?:shorts|live|embed|v|e)/([A-Za-z0-9_-]{11})/?");
    private static final Pattern TIKTOK_ITEM = Pattern.compile("/@[^/]+/(?:video|photo)/[0-9]+/?");

    /** Parameters that identify content on facebook.com, whatever the path. */
    static final Set<String> FACEBOOK_IDENTIFYING =
            Set.of("story_fbid", "id", "fbid", "v", "set", "multi_permalinks", "comment_id", "reply_comment_id");

    private static final Set<String> FACEBOOK_POST = Set.of("story_fbid", "id", "comment_id", "reply_comment_id");

    private PlatformShapes() {}

    /** Reshapes the link in place; returns whether it turned out to be a short link. */
    static boolean fold(ParsedUrl url, Platform platform, String matchedDomain) {
        return switch (platform) {
            case YOUTUBE -> youtube(url, matchedDomain);
            case FACEBOOK -> facebook(url);
            case TIKTOK -> tiktok(url);
            case ZALO -> {
                trimTrailingSlash(url);
                yield false;
            }
            default -> false;
        };
    }

    private static boolean youtube(ParsedUrl url, String matchedDomain) {
        if ("youtu.be".equals(matchedDomain)) {
            String id = url.path.length() > 1 ? stripSlashes(url.path) : "";
            if (YOUTUBE_ID.matcher(id).matches()) {
                url.host = "youtube.com";
                url.reshape("/watch", "v", id);
            }
            return false;
        }
        if (!url.host.equals("youtube.com")) {
            return false;
        }
        var m = YOUTUBE_PATH_ID.matcher(url.path);
        if (m.matches()) {
            url.reshape("/watch", "v", m.group(1));
            return false;
        }
        trimTrailingSlash(url);
        if (url.path.equals("/watch") && url.param("v") != null) {
            url.keepOnly(Set.of("v"));
        } else if (url.path.equals("/playlist")) {
            url.keepOnly(Set.of("list"));
        }
        return false;
    }

    private static boolean facebook(ParsedUrl url) {
        if (!url.host.equals("facebook.com")) {
            return false;
        }
        trimTrailingSlash(url);
        String path = url.path;
        if (path.startsWith("/share/")) {
            return true; // facebook.com/share/p/…, /share/v/…, /share/r/…: only a redirect says which post
        }
        switch (path) {
            case "/story.php", "/permalink.php" -> url.keepOnly(FACEBOOK_POST);
            case "/photo.php", "/photo" -> url.keepOnly(Set.of("fbid"));
            case "/watch", "/video.php" -> url.keepOnly(Set.of("v"));
            case "/media/set" -> url.keepOnly(Set.of("set"));
            case "/profile.php" -> url.keepOnly(Set.of("id"));
            default -> url.keepOnly(FACEBOOK_IDENTIFYING);
        }
        return false;
    }

    private static boolean tiktok(ParsedUrl url) {
        if (!url.host.equals("tiktok.com")) {
            return false;
        }
        if (url.path.startsWith("/t/")) {
            return true;
        }
        trimTrailingSlash(url);
        if (TIKTOK_ITEM.matcher(url.path).matches()) {
            url.params.clear();
        }
        return false;
    }

    private static void trimTrailingSlash(ParsedUrl url) {
        int end = url.path.length();
        while (end > 1 && url.path.charAt(end - 1) == '/') {
            end--;
        }
        url.path = url.path.substring(0, end);
    }

    private static String stripSlashes(String path) {
        int from = 0;
        int to = path.length();
        while (from < to && path.charAt(from) == '/') {
            from++;
        }
        while (to > from && path.charAt(to - 1) == '/') {
            to--;
        }
        return path.substring(from, to);
    }
}
