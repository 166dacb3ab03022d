package vn.lantoa.organization.web;

import java.util.List;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.organization.internal.Kind;
import vn.lantoa.organization.internal.MemberAdmin;

/** View model of {@code organization/members.jte}. */
public record MembersPage(MemberAdmin.Page result, String query, List<UnitSummary> units, List<Kind> kinds) {

    public boolean hasNext() {
        return (long) result.page() * MemberAdmin.PAGE_SIZE < result.total();
    }
}
