package vn.lantoa.newsroom.internal;

import java.util.Locale;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * What word processors put around pasted text, undone before the sanitiser's allow-list runs, so
 * that the structure survives while fonts, colours and Office markup go: Google Docs' bold wrapper
 * ({@code <b id="docs-internal-guid-…">}, which would make the whole text bold) is unwrapped, bold and
 * italic given as span styles become {@code strong}/{@code em}, and Word's list bullets typed as
 * text ({@code mso-list:Ignore}) are dropped. The editor in the browser does the same on paste; this
 * is the server's copy for text that comes without it.
 */
final class PastedMarkup {

    private PastedMarkup() {}

    private static final java.util.regex.Pattern LIST_LEVEL =
            java.util.regex.Pattern.compile("(?i)mso-list:\\s*l\\d+\\s+level(\\d+)");
    private static final java.util.regex.Pattern ORDERED_MARKER =
            java.util.regex.Pattern.compile("(?i)^\\s*(\\d+|[a-z]|[ivxlc]+)[.)]");

    static void normalise(Document doc) {
        wordLists(doc);
        for (Element wrapper : doc.select("b[id^=docs-internal-guid]")) {
            wrapper.unwrap();
        }
        for (Element link : doc.select("a[href^=https://www.google.com/url?]")) {
            // Google Docs sends every link through its redirect; keep the real address.
            String q = org.springframework.web.util.UriComponentsBuilder.fromUriString(link.attr("href"))
                    .build()
                    .getQueryParams()
                    .getFirst("q");
            if (q != null) {
                String real = java.net.URLDecoder.decode(q, java.nio.charset.StandardCharsets.UTF_8);
                if (real.startsWith("https://") || real.startsWith("http://")) {
                    link.attr("href", real);
                }
            }
        }
        for (Element span : doc.select("span[style]")) {
            String style = span.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
            boolean bold = style.contains("font-weight:700")
                    || style.contains("font-weight:bold")
                    || style.contains("font-weight:600");
            boolean italic = style.contains("font-style:italic");
            if (italic) {
                span.wrap("<em></em>");
            }
            if (bold) {
                span.wrap("<strong></strong>");
            }
        }
        // Word's conditional comments (<!--[if gte mso 9]>…) and <o:p> are not content.
        NodeTraversor.filter(
                new org.jsoup.select.NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof Comment) {
                            return FilterResult.REMOVE;
                        }
                        if (node instanceof Element e && e.tagName().contains(":")) {
                            return e.tagName().equals("o:p") && e.text().isBlank()
                                    ? FilterResult.REMOVE
                                    : FilterResult.CONTINUE;
                        }
                        return FilterResult.CONTINUE;
                    }
                },
                doc.body());
    }

    /** Word's list paragraphs ({@code mso-list:l0 level1} and a typed bullet) as real, nested lists. */
    private static void wordLists(Document doc) {
        java.util.List<Element> stack = new java.util.ArrayList<>();
        java.util.List<Integer> levels = new java.util.ArrayList<>();
        for (Element p : doc.select("p[style]")) {
            var m = LIST_LEVEL.matcher(p.attr("style"));
            if (!m.find()) {
                continue;
            }
            int level = Integer.parseInt(m.group(1));
            StringBuilder marker = new StringBuilder();
            for (Element span : p.select("span[style~=(?i)mso-list:\\s*ignore]")) {
                marker.append(span.text());
                span.remove();
            }
            String tag = ORDERED_MARKER.matcher(marker).find() ? "ol" : "ul";
            if (stack.isEmpty() || p.previousElementSibling() != stack.getFirst()) {
                stack.clear();
                levels.clear();
            }
            if (stack.isEmpty()) {
                Element top = doc.createElement(tag);
                p.before(top);
                stack.add(top);
                levels.add(1);
            }
            while (level > levels.getLast()) {
                Element parent = stack.getLast();
                Element lastItem = parent.children().isEmpty()
                        ? parent.appendElement("li")
                        : parent.children().last();
                stack.add(lastItem.appendElement(tag));
                levels.add(levels.getLast() + 1);
            }
            while (stack.size() > 1 && level < levels.getLast()) {
                stack.removeLast();
                levels.removeLast();
            }
            Element item = stack.getLast().appendElement("li");
            item.insertChildren(0, p.childNodes());
            p.remove();
        }
    }
}
