package vn.lantoa.platform.web;

import java.util.Arrays;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.Role;

/** The platform's part of the back office: the dashboard's own entry and, for admins, the database's size. */
@Component
@Order(0)
class PlatformBackOffice implements BackOffice.Contributor {

    private final JdbcClient jdbc;

    PlatformBackOffice(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<BackOffice.MenuEntry> menu(CurrentUser user) {
        boolean staff = Arrays.stream(Role.BACK_OFFICE).anyMatch(user::has);
        return staff
                ? List.of(new BackOffice.MenuEntry(
                        BackOffice.Section.OVERVIEW, "backOffice.dashboard", PlatformRoutes.BACK_OFFICE, 0))
                : List.of();
    }

    @Override
    public List<BackOffice.Tile> tiles(CurrentUser user) {
        if (!user.isAdmin()) {
            return List.of();
        }
        long bytes = jdbc.sql("SELECT pg_database_size(current_database())")
                .query(Long.class)
                .single();
        return List.of(new BackOffice.Tile(
                BackOffice.Section.SYSTEM,
                "backOffice.tile.databaseSize",
                megabytes(bytes),
                null,
                null,
                "backOffice.tile.databaseSize.detail",
                List.of(),
                null,
                BackOffice.Tone.NEUTRAL,
                90));
    }

    /** Bytes as whole megabytes ({@code 0 MB} below one), the unit an administrator plans disks in. */
    static String megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
