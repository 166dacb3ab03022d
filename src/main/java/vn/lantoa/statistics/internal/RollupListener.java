package vn.lantoa.statistics.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.lantoa.organization.UnitMoved;
import vn.lantoa.sharing.ActionLogged;
import vn.lantoa.sharing.ActionReviewed;

/**
 * Keeps the rollups up to date from the sharing module's events (through the Modulith registry:
 * a failed refresh is retried). Each refresh reads the action's current state, so a replayed or
 * late event is harmless.
 */
@Component
class RollupListener {

    private final Rollups rollups;

    RollupListener(Rollups rollups) {
        this.rollups = rollups;
    }

    @ApplicationModuleListener
    void on(ActionLogged event) {
        rollups.refresh(event.actionId());
    }

    @ApplicationModuleListener
    void on(ActionReviewed event) {
        rollups.refresh(event.actionId());
    }

    /** The units above the moved subtree changed: the subtree rollups follow the new tree. */
    @ApplicationModuleListener
    void on(UnitMoved event) {
        rollups.rebuildSubtrees();
    }
}
