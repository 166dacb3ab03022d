package vn.lantoa.organization.web;

import static vn.lantoa.platform.web.RoutePattern.fill;

import vn.lantoa.platform.web.PlatformRoutes;

/**
 * The organisation pages' addresses (units, members, groups), spelled once: the controllers map
 * them, the templates and redirects link to them, so a renamed route fails the jte build.
 */
public final class OrganizationRoutes {

    public static final String UNITS = PlatformRoutes.BACK_OFFICE + "/don-vi";
    public static final String UNIT = UNITS + "/{id}";
    public static final String UNIT_RENAME = UNIT + "/doi-ten";
    public static final String UNIT_MOVE = UNIT + "/chuyen";
    public static final String UNIT_CLOSE = UNIT + "/dong";
    public static final String UNITS_TEMPLATE = UNITS + "/mau.xlsx";
    public static final String UNITS_IMPORT = UNITS + "/nhap";
    public static final String UNITS_EXPORT = UNITS + "/xuat.xlsx";

    /** The member list; {@code ?q=&trang=N} searches and pages it. */
    public static final String MEMBERS = PlatformRoutes.BACK_OFFICE + "/thanh-vien";

    public static final String MEMBER = MEMBERS + "/{id:\\d+}";
    public static final String MEMBER_ERASE = MEMBER + "/xoa-du-lieu-ca-nhan";
    public static final String MEMBERS_EXPORT = MEMBERS + "/xuat.xlsx";
    public static final String MEMBERS_TEMPLATE = MEMBERS + "/mau.xlsx";
    public static final String MEMBERS_IMPORT = MEMBERS + "/nhap";

    /** A running or finished import; the page polls it with htmx. */
    public static final String MEMBERS_IMPORT_JOB = MEMBERS_IMPORT + "/{job:\\d+}";

    public static final String GROUPS = PlatformRoutes.BACK_OFFICE + "/nhom";
    public static final String GROUP = GROUPS + "/{id:\\d+}";
    public static final String GROUP_MEMBERS = GROUP + "/thanh-vien";
    public static final String GROUP_MEMBER_REMOVE = GROUP_MEMBERS + "/{memberId:\\d+}/xoa";

    private OrganizationRoutes() {}

    public static String unit(long id) {
        return fill(UNIT, id);
    }

    public static String unitRename(long id) {
        return fill(UNIT_RENAME, id);
    }

    public static String unitMove(long id) {
        return fill(UNIT_MOVE, id);
    }

    public static String unitClose(long id) {
        return fill(UNIT_CLOSE, id);
    }

    public static String member(long id) {
        return fill(MEMBER, id);
    }

    public static String memberErase(long id) {
        return fill(MEMBER_ERASE, id);
    }

    public static String membersImportJob(long job) {
        return fill(MEMBERS_IMPORT_JOB, job);
    }

    public static String group(long id) {
        return fill(GROUP, id);
    }

    public static String groupMembers(long id) {
        return fill(GROUP_MEMBERS, id);
    }

    public static String groupMemberRemove(long id, long memberId) {
        return fill(GROUP_MEMBER_REMOVE, id, memberId);
    }
}
