package vn.lantoa.portal.internal;

import java.util.ArrayList;
import java.util.List;

/** What the footer and the organisation and contact pages of a site show. */
public record SiteSettings(
        long siteId,
        String boardHeadName,
        String boardHeadTitle,
        String address,
        String phone,
        String email,
        String agencyLinks,
        String republishNotice,
        String aboutVi,
        String aboutEn) {

    /** A related agency's name and address, from one "Name | URL" line. */
    public record AgencyLink(String name, String url) {}

    public static SiteSettings blank(long siteId) {
        return new SiteSettings(siteId, "", "", "", "", "", "", "", "", "");
    }

    /** Links with an http(s) address only; other lines are skipped. */
    public List<AgencyLink> links() {
        List<AgencyLink> links = new ArrayList<>();
        for (String line : agencyLinks.split("\\R")) {
            int bar = line.lastIndexOf('|');
            if (bar <= 0) {
                continue;
            }
            String name = line.substring(0, bar).strip();
            String url = line.substring(bar + 1).strip();
            if (!name.isEmpty() && (url.startsWith("https://") || url.startsWith("http://"))) {
                links.add(new AgencyLink(name, url));
            }
        }
        return links;
    }

    /** Paragraphs of the organisation text in the language asked for (Vietnamese when English is empty). */
    public List<String> about(boolean english) {
        String text = english && !aboutEn.isBlank() ? aboutEn : aboutVi;
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
