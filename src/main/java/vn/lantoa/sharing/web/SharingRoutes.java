package vn.lantoa.sharing.web;

import static vn.lantoa.platform.web.RoutePattern.fill;

import vn.lantoa.platform.web.PlatformRoutes;

/**
 * The sharing module's addresses (the member area's logging and history, campaigns, directives,
 * the review of logged actions), spelled once: its controllers map them, its templates, notices and
 * redirects link to them, so a renamed route fails the jte build.
 */
public final class SharingRoutes {

    /** The member area's home page is the shell's. */
    public static final String HOME = PlatformRoutes.MEMBER_AREA;

    /** The logging form, {@code ?loai=chia-se|phan-bac&chien-dich=<id>}; {@link #log(boolean)}. */
    public static final String LOG = HOME + "/ghi-nhan";

    /** The values of {@code loai}: a share or a rebuttal. */
    public static final String KIND_SHARE = "chia-se";

    public static final String KIND_REBUTTAL = "phan-bac";

    public static final String LOG_SHARE = LOG + "/" + KIND_SHARE;
    public static final String LOG_REBUTTAL = LOG + "/" + KIND_REBUTTAL;
    public static final String RESULT = LOG + "/ket-qua/{id}";

    /** The link check of one field, asked by htmx as the member types. */
    public static final String CHECK = LOG + "/kiem-tra";

    public static final String HISTORY = HOME + "/lich-su";

    /** A directive's attached document, for the members it was sent to. */
    public static final String DOCUMENT = HOME + "/van-ban/{id}/tep";

    public static final String CAMPAIGNS = PlatformRoutes.BACK_OFFICE + "/chien-dich";
    public static final String NEW_CAMPAIGN = CAMPAIGNS + "/moi";
    public static final String CAMPAIGN = CAMPAIGNS + "/{id}";
    public static final String CAMPAIGN_REMIND = CAMPAIGN + "/nhac-nho";

    public static final String DIRECTIVES = PlatformRoutes.BACK_OFFICE + "/van-ban";
    public static final String NEW_DIRECTIVE = DIRECTIVES + "/moi";
    public static final String DIRECTIVE = DIRECTIVES + "/{id}";
    public static final String DIRECTIVE_READ = DIRECTIVE + "/da-doc";

    /** Logged actions to review, {@code ?trang-thai=<state>&trang=N}. */
    public static final String REVIEW = PlatformRoutes.BACK_OFFICE + "/ghi-nhan";

    public static final String REVIEW_ACTION = REVIEW + "/{id}";

    private SharingRoutes() {}

    /** The logging form for a share or a rebuttal. */
    public static String log(boolean rebuttal) {
        return LOG + "?loai=" + (rebuttal ? KIND_REBUTTAL : KIND_SHARE);
    }

    public static String result(long id) {
        return fill(RESULT, id);
    }

    public static String document(long directiveId) {
        return fill(DOCUMENT, directiveId);
    }

    public static String campaign(long id) {
        return fill(CAMPAIGN, id);
    }

    public static String campaignRemind(long id) {
        return fill(CAMPAIGN_REMIND, id);
    }

    public static String directive(long id) {
        return fill(DIRECTIVE, id);
    }

    public static String directiveRead(long id) {
        return fill(DIRECTIVE_READ, id);
    }

    public static String reviewAction(long id) {
        return fill(REVIEW_ACTION, id);
    }
}
