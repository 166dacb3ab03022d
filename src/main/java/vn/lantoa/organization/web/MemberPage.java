package vn.lantoa.organization.web;

import java.util.List;
import vn.lantoa.organization.GroupSummary;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.organization.internal.Kind;
import vn.lantoa.organization.internal.MemberDetail;
import vn.lantoa.platform.Zone;

/** View model of {@code organization/member.jte}. */
public record MemberPage(
        MemberDetail member,
        List<UnitSummary> units,
        List<Kind> kinds,
        List<GroupSummary> groups,
        boolean admin,
        boolean erased) {

    /** Whether the administrator may erase the member's personal data now (only of a member who left). */
    public boolean erasable() {
        return admin && "LEFT".equals(member.status());
    }

    public String consentDate() {
        return member.consentDate() == null ? "" : Zone.DATE.format(member.consentDate());
    }
}
