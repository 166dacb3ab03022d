package vn.lantoa.newsroom.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.lantoa.platform.Role;

/** The buttons of the workflow, with the roles that may press them. ADMIN may press every one. */
public enum WorkflowAction {
    SUBMIT(EnumSet.of(Role.EDITOR)),
    APPROVE(EnumSet.of(Role.REVIEWER)),
    SCHEDULE(EnumSet.of(Role.REVIEWER)),
    PUBLISH(EnumSet.of(Role.REVIEWER)),
    RETURN(EnumSet.of(Role.REVIEWER)),
    WITHDRAW(EnumSet.of(Role.REVIEWER));

    private final Set<Role> roles;

    WorkflowAction(Set<Role> roles) {
        this.roles = roles;
    }

    public boolean allowedFor(Set<Role> userRoles) {
        return userRoles.contains(Role.ADMIN) || userRoles.stream().anyMatch(roles::contains);
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WorkflowAction> fromCode(String code) {
        for (WorkflowAction action : values()) {
            if (action.code().equals(code)) {
                return Optional.of(action);
            }
        }
        return Optional.empty();
    }
}
