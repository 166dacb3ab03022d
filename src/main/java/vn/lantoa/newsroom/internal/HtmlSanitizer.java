package vn.lantoa.newsroom.internal;

import java.util.List;
import java.util.Locale;
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

    /** Embeds allowed in an iframe: https only, these prefixes only. */
    static final List<String> VIDEO_PREFIXES = List.of(
            "https://www.youtube.com/embed/",
            "https://youtube.com/embed/",
            "https://www.youtube-nocookie.com/embed/",
            "https://youtube-nocookie.com/embed/");

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
        Document clean = new Cleaner(SAFELIST).clean(dirty);
        for (Element frame : clean.select("iframe")) {
            String src = frame.attr("src").strip();
            if (VIDEO_PREFIXES.stream()
                    .noneMatch(p -> src.toLowerCase(Locale.ROOT).startsWith(p))) {
                frame.remove();
            } else {
                frame.attr("src", src);
            }
        }
        for (Element link : clean.select("a[target]")) {
            link.attr("rel", "noopener noreferrer");
        }
        clean.outputSettings().prettyPrint(true).indentAmount(0);
        return clean.body().html();
    }
}
