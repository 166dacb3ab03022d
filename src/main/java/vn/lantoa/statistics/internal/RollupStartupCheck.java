package vn.lantoa.statistics.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code --lantoa.statistics.check-rollups} compares the rollups with the raw actions at start
 * and logs what differs; {@code --lantoa.statistics.check-rollups=repair} also rebuilds them.
 */
@Component
class RollupStartupCheck {

    private final Rollups rollups;
    private final String mode;

    RollupStartupCheck(Rollups rollups, @Value("${lantoa.statistics.check-rollups:#{null}}") String mode) {
        this.rollups = rollups;
        this.mode = mode;
    }

    /** Also builds the rollups once on a database that had actions before they existed. */
    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        if (rollups.missing()) {
            rollups.rebuildAll();
        } else {
            rollups.buildSubtreesIfMissing();
        }
        if (mode == null || "false".equalsIgnoreCase(mode.strip())) {
            return;
        }
        rollups.check("repair".equalsIgnoreCase(mode.strip()));
    }
}
