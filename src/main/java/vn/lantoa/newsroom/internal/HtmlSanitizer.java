package vn.lantoa.newsroom.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans article HTML on save: only formatting, links, images, tables and video frames from an
 * allow-list of hosts survive; scripts, event handlers, styles and {@code javascript:} URLs go.
 */
public final class HtmlSanitizer {

    /** Embeds allowed in an iframe: https only, these hosts only, paths under {@link #VIDEO_PATH} only. */
    static final Set<String> VIDEO_HOSTS =
            Set.of("www.youtube.com", "youtube.com", "www.youtube-nocookie.com", "youtube-nocookie.com");

    static final String VIDEO_PATH = "/embed/";

    /** Percent-encoded dot, slash and backslash: a server may decode them into dot segments after our check. */
    private static final Pattern ENCODED_SEPARATOR = Pattern.compile("%(2e|2f|5c)", Pattern.CASE_INSENSITIVE);

    private static final Safelist SAFELIST = Safelist.relaxed()
            .addTags("figure", "figcaption", "iframe", "hr", "s", "mark")
            .addAttributes("iframe", "src", "width", "height", "title", "allowfullscreen")
            .addAttributes("a", "rel", "target")
            .addProtocols("iframe", "src", "https")
            .preserveRelativeLinks(true);

    private HtmlSanitizer() {}

    /** The safe form of {@code html}; {@code null} gives an empty string. */
    public static String clean(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document dirty = Jsoup.parseBodyFragment(html, "https://lantoa.invalid/");
        PastedMarkup.normalise(dirty);
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element frame : clean.select("iframe")) {
            Optional<String> src = videoEmbed(frame.attr("src"));
            if (src.isEmpty()) {
                frame.remove();
            } else {
                frame.attr("src", src.get());
            }
        }
        // An image is kept only from our own media library: the CSP would block another host's, and a
        // pasted file:// or data: picture has no address the portal can serve.
        for (Element img : clean.select("img")) {
            if (!img.attr("src").startsWith("/media/")) {
                img.remove();
            }
        }
        // Without their styles, spans and anchors without an address carry nothing.
        clean.select("span, a:not([href])").unwrap();
        for (Element figure : clean.select("figure")) {
            if (figure.select("img, iframe").isEmpty() && figure.text().isBlank()) {
                figure.remove();
            }
        }
        for (Element link : clean.select("a[target]")) {
            link.attr("rel", "noopener noreferrer");
        }
        clean.outputSettings().prettyPrint(true).indentAmount(0);
        return clean.body().html();
    }

    /**
     * The embed URL rebuilt from its parsed parts, if it is one of ours: parsed and normalised
     * first, so that {@code /embed/../../x} is not taken for a video because it starts like one.
     * Anything whose path normalisation would change (dot segments), with encoded separators or
     * backslashes, a user part, a port or another host is refused rather than repaired.
     */
    static Optional<String> videoEmbed(String raw) {
        String src = raw == null ? "" : raw.strip();
        if (src.isEmpty()
                || src.indexOf('\\') >= 0
                || ENCODED_SEPARATOR.matcher(src).find()
                || src.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(src);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String path = uri.getRawPath();
        if (!"https".equalsIgnoreCase(uri.getScheme())
                || uri.getRawUserInfo() != null
                || uri.getHost() == null
                || uri.getPort() != -1
                || !VIDEO_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))
                || path == null
                || !path.equals(uri.normalize().getRawPath())
                || !path.startsWith(VIDEO_PATH)
                || path.length() == VIDEO_PATH.length()) {
            return Optional.empty();
        }
        return Optional.of("https://" + uri.getHost().toLowerCase(Locale.ROOT) + path
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
}
