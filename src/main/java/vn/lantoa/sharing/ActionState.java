package vn.lantoa.sharing;

/**
 * Self-reported until the automatic checks (canonical link, recognised platform, official
 * article, not a duplicate) or a unit manager confirm it; rejected with a reason otherwise.
 */
public enum ActionState {
    SELF_REPORTED,
    VERIFIED,
    REJECTED
}
