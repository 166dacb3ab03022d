package vn.lantoa.organization.web;

import java.util.List;
import vn.lantoa.organization.GroupSummary;
import vn.lantoa.organization.internal.GroupAdmin;

/** View model of {@code organization/group.jte}. */
public record GroupPage(GroupSummary group, List<GroupAdmin.GroupMember> members) {}
