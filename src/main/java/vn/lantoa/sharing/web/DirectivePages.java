package vn.lantoa.sharing.web;

import java.util.List;
import java.util.Map;
import vn.lantoa.sharing.DirectiveUrgency;
import vn.lantoa.sharing.internal.Directives;
import vn.lantoa.sharing.internal.MemberDirectory;

/** View models of the directive pages. */
public final class DirectivePages {

    private DirectivePages() {}

    /** {@code sharing/admin-directives.jte}. */
    public record Overview(List<Directives.Summary> sent, List<Directives.Summary> received) {}

    /** {@code sharing/admin-directive-form.jte}. */
    public record Form(
            String title,
            String body,
            List<Long> unitIds,
            String urgency,
            List<MemberDirectory.UnitOption> units,
            Map<String, String> errors,
            long maxMegabytes) {

        public String error(String field) {
            return errors.get(field);
        }

        /** The levels the form offers, {@link DirectiveUrgency#NORMAL} first. */
        public List<DirectiveUrgency> urgencies() {
            return List.of(DirectiveUrgency.values());
        }

        public boolean chosen(DirectiveUrgency level) {
            return level.name().equals(urgency);
        }

        public boolean picked(long id) {
            return unitIds != null && unitIds.contains(id);
        }
    }

    /** {@code sharing/admin-directive.jte}. */
    public record Detail(Directives.Detail directive) {}
}
