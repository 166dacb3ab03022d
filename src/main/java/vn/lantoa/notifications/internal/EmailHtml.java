package vn.lantoa.notifications.internal;

import org.springframework.web.util.HtmlUtils;

/**
 * The HTML part of an e-mail, made from the notice's plain text (modules never write HTML): every
 * character escaped, blank lines as paragraphs, the link as a button that shows its address, and
 * the site's name and address below. Inline styles only, as mail programs drop style sheets.
 */
final class EmailHtml {

    private static final String BUTTON = "display:inline-block;padding:10px 16px;background:#0a58ca;color:#ffffff;"
            + "text-decoration:underline;border-radius:4px;word-break:break-all";

    private EmailHtml() {}

    static String render(String subject, String body, String link, String siteName, String baseUrl) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"UTF-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>")
                .append(escape(subject))
                .append("</title></head>\n<body style=\"margin:0;padding:16px;background:#ffffff;color:#212529;")
                .append("font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5\">\n")
                .append("<div style=\"max-width:600px;margin:0 auto\">\n");
        for (String paragraph : body.strip().split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>")
                        .append(escape(paragraph.strip()).replaceAll("\\R", "<br>\n"))
                        .append("</p>\n");
            }
        }
        if (link != null) {
            html.append("<p><a href=\"")
                    .append(escape(link))
                    .append("\" style=\"")
                    .append(BUTTON)
                    .append("\">")
                    .append(escape(link))
                    .append("</a></p>\n");
        }
        return html.append("<hr style=\"border:0;border-top:1px solid #dee2e6\">\n")
                .append("<p style=\"font-size:14px;color:#495057\">")
                .append(escape(siteName))
                .append("<br><a href=\"")
                .append(escape(baseUrl))
                .append("\" style=\"color:#0a58ca\">")
                .append(escape(baseUrl))
                .append("</a></p>\n</div>\n</body></html>\n")
                .toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
