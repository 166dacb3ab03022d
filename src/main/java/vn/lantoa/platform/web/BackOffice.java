package vn.lantoa.platform.web;

import java.util.List;
import vn.lantoa.platform.CurrentUser;

/**
 * What a module adds to the back office: entries of the persistent menu and tiles of the
 * dashboard on {@code /quan-tri}. Each module implements {@link Contributor} as a bean, so
 * {@code platform} never names another module's pages, roles or message keys (as
 * {@link PublicFrame.Source} does for the public layout).
 */
public final class BackOffice {

    private BackOffice() {}

    /** The menu's sections, in this order. Their labels are the platform's keys {@code backOffice.section.<name in lower case>}. */
    public enum Section {
        OVERVIEW,
        NEWS,
        SHARING,
        REPORTS,
        STATISTICS,
        ORGANIZATION,
        SYSTEM
    }

    /**
     * One link of the menu.
     *
     * @param labelKey message key of the link's text, in the contributing module's bundle
     * @param href the page; the entry is marked current when the request is on it or below it (the longest
     *     such entry wins, so {@code /quan-tri} is current only on the dashboard itself)
     * @param order position inside the section, smaller first
     */
    public record MenuEntry(Section section, String labelKey, String href, int order) {}

    /** How a tile should catch the eye. */
    public enum Tone {
        NEUTRAL,
        GOOD,
        WARNING,
        DANGER
    }

    /**
     * One tile of the dashboard: a figure, its change against the previous period, and the list behind it.
     *
     * @param labelKey message key of the tile's title
     * @param value the figure as shown (already formatted, e.g. {@code 12/40}, {@code 30 %}); {@code null} to show
     *     {@code current} in the reader's number format (see {@link #count})
     * @param current the figure as a number, for the change; {@code null} when there is no comparison
     * @param previous the same figure in the previous period; {@code null} when there is no comparison
     * @param detailKey message key of a short line under the figure (period, rate, days left), or {@code null}
     * @param detailArgs arguments of {@code detailKey}
     * @param href the list behind the figure
     * @param order position inside the section, smaller first
     */
    public record Tile(
            Section section,
            String labelKey,
            String value,
            Long current,
            Long previous,
            String detailKey,
            List<Object> detailArgs,
            String href,
            Tone tone,
            int order) {

        public Tile {
            detailArgs = detailArgs == null ? List.of() : List.copyOf(detailArgs);
            tone = tone == null ? Tone.NEUTRAL : tone;
        }

        /** A count, shown in the reader's number format and compared with {@code previous} when that is given. */
        public static Tile count(
                Section section,
                String labelKey,
                long current,
                Long previous,
                String detailKey,
                List<Object> detailArgs,
                String href,
                Tone tone,
                int order) {
            return new Tile(section, labelKey, null, current, previous, detailKey, detailArgs, href, tone, order);
        }

        /** Change against the previous period, or {@code null} without a comparison. */
        public Long change() {
            return current == null || previous == null ? null : current - previous;
        }
    }

    /** Implemented by a module; both methods answer only what {@code user}'s roles and scope allow. */
    public interface Contributor {

        /** The menu entries this user may open; called on every back-office page, so no queries. */
        List<MenuEntry> menu(CurrentUser user);

        /** The dashboard tiles for this user, computed within their unit scope. */
        default List<Tile> tiles(CurrentUser user) {
            return List.of();
        }
    }
}
