package vn.lantoa.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.CurrentUser;

/**
 * The persistent back-office menu: the entries every {@link BackOffice.Contributor} offers the user,
 * grouped by section, with the one the request's path belongs to marked. Runs no queries.
 */
@Component
public class BackOfficeMenu {

    /** One link; {@code current} for the entry whose page the request is on (or below). */
    public record Link(String labelKey, String href, boolean current) {}

    /** One section of the menu with its label key. */
    public record Group(BackOffice.Section section, String labelKey, List<Link> links) {}

    private final ObjectProvider<BackOffice.Contributor> contributors;

    BackOfficeMenu(ObjectProvider<BackOffice.Contributor> contributors) {
        this.contributors = contributors;
    }

    /** The sections with at least one entry for {@code user}, in {@link BackOffice.Section} order. */
    public List<Group> forUser(CurrentUser user, String path) {
        if (user == null) {
            return List.of();
        }
        List<BackOffice.MenuEntry> entries = new ArrayList<>();
        contributors.orderedStream().forEach(c -> entries.addAll(c.menu(user)));
        String current = currentHref(entries, path);
        Map<BackOffice.Section, List<BackOffice.MenuEntry>> bySection = new EnumMap<>(BackOffice.Section.class);
        entries.stream()
                .sorted(Comparator.comparingInt(BackOffice.MenuEntry::order))
                .forEach(e -> bySection
                        .computeIfAbsent(e.section(), s -> new ArrayList<>())
                        .add(e));
        List<Group> groups = new ArrayList<>();
        bySection.forEach((section, list) -> groups.add(new Group(
                section,
                sectionKey(section),
                list.stream()
                        .map(e -> new Link(e.labelKey(), e.href(), e.href().equals(current)))
                        .toList())));
        return groups;
    }

    /** The platform's message key of a section's label. */
    public static String sectionKey(BackOffice.Section section) {
        return "backOffice.section." + section.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The entry the path belongs to: the longest href that is the path or one of its parents
     * ({@code /quan-tri/bai-viet} for {@code /quan-tri/bai-viet/12}, but not for {@code /quan-tri/bai-viet-cu}).
     */
    static String currentHref(List<BackOffice.MenuEntry> entries, String path) {
        if (path == null) {
            return null;
        }
        String best = null;
        for (BackOffice.MenuEntry e : entries) {
            String href = e.href();
            boolean matches = path.equals(href) || path.startsWith(href.endsWith("/") ? href : href + "/");
            if (matches && (best == null || href.length() > best.length())) {
                best = href;
            }
        }
        return best;
    }
}
