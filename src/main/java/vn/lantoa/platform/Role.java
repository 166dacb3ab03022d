package vn.lantoa.platform;

/** The roles of DESIGN.md. Spring Security sees them as authorities {@code ROLE_<name>}. */
public enum Role {
    ADMIN,
    EDITOR,
    REVIEWER,
    HANDLER,
    UNIT_MANAGER,
    MEMBER;

    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles that may enter the back office ({@code /quan-tri/**}). */
    public static final Role[] BACK_OFFICE = {ADMIN, EDITOR, REVIEWER, HANDLER, UNIT_MANAGER};
}
