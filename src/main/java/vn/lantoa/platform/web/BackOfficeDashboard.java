package vn.lantoa.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.CurrentUser;

/** The dashboard of {@code /quan-tri}: every contributor's tiles for the user, grouped by section. */
@Component
class BackOfficeDashboard {

    private static final Logger log = LoggerFactory.getLogger(BackOfficeDashboard.class);

    private final ObjectProvider<BackOffice.Contributor> contributors;

    BackOfficeDashboard(ObjectProvider<BackOffice.Contributor> contributors) {
        this.contributors = contributors;
    }

    List<BackOfficeHomePage.TileGroup> tilesFor(CurrentUser user) {
        Map<BackOffice.Section, List<BackOffice.Tile>> bySection = new EnumMap<>(BackOffice.Section.class);
        contributors.orderedStream().forEach(c -> {
            List<BackOffice.Tile> tiles;
            try {
                tiles = c.tiles(user);
            } catch (RuntimeException e) {
                // One module's failing figure must not take the whole back office down with it.
                log.warn("back-office tiles of {} failed", c.getClass().getSimpleName(), e);
                return;
            }
            tiles.forEach(t -> bySection
                    .computeIfAbsent(t.section(), s -> new ArrayList<>())
                    .add(t));
        });
        List<BackOfficeHomePage.TileGroup> groups = new ArrayList<>();
        bySection.forEach((section, tiles) -> groups.add(new BackOfficeHomePage.TileGroup(
                section,
                BackOfficeMenu.sectionKey(section),
                tiles.stream()
                        .sorted(Comparator.comparingInt(BackOffice.Tile::order))
                        .toList())));
        return groups;
    }
}
