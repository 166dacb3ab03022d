package vn.lantoa.platform.web;

import java.util.List;
import vn.lantoa.platform.CurrentUser;

/** View model of {@code platform/back-office-home.jte}: the user and their dashboard's tiles by section. */
public record BackOfficeHomePage(CurrentUser user, List<TileGroup> groups) {

    public BackOfficeHomePage {
        groups = List.copyOf(groups);
    }

    /** The tiles of one section, with the section's label key. */
    public record TileGroup(BackOffice.Section section, String labelKey, List<BackOffice.Tile> tiles) {

        public TileGroup {
            tiles = List.copyOf(tiles);
        }

        /** The id of the section's heading, for {@code aria-labelledby}. */
        public String headingId() {
            return "lt-bo-" + section.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
