package vn.lantoa.organization.web;

import java.util.List;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.organization.internal.GroupAdmin;

/** View model of {@code organization/groups.jte}. */
public record GroupsPage(List<GroupAdmin.GroupRow> groups, List<UnitSummary> units) {

    /** The message key of a channel name. */
    public static String channelKey(String channel) {
        return "organization.channel." + channel;
    }
}
