package vn.lantoa.newsroom.web;

import static vn.lantoa.platform.web.RoutePattern.fill;

import vn.lantoa.platform.web.PlatformRoutes;

/**
 * The newsroom's back-office addresses, spelled once: its controllers map them, its templates and
 * redirects link to them, so a renamed route fails the jte build. (A published article's public
 * addresses are {@link vn.lantoa.newsroom.ArticleUrls}.)
 */
public final class NewsroomRoutes {

    /** The article list; {@code ?trang-thai=<status>} filters it. */
    public static final String ARTICLES = PlatformRoutes.BACK_OFFICE + "/bai-viet";

    public static final String NEW_ARTICLE = ARTICLES + "/moi";
    public static final String ARTICLE = ARTICLES + "/{id:\\d+}";

    /** A workflow step (submit, publish, ...), by its {@code WorkflowAction} code. */
    public static final String TRANSITION = ARTICLE + "/{action:[a-z]+}";

    /** The differences between two revisions, {@code ?tu=N&den=M}. */
    public static final String REVISIONS = ARTICLE + "/phien-ban";

    public static final String RESTORE = REVISIONS + "/{number:\\d+}/khoi-phuc";

    /** The editor's helpers: the image library, the autosave, the preview. */
    public static final String MEDIA = ARTICLES + "/anh";

    public static final String AUTOSAVE = ARTICLES + "/tu-luu";
    public static final String AUTOSAVE_DISCARD = AUTOSAVE + "/xoa";
    public static final String PREVIEW = ARTICLES + "/xem-truoc";

    public static final String CATEGORIES = ARTICLES + "/chuyen-muc";
    public static final String CATEGORY = CATEGORIES + "/{id:\\d+}";
    public static final String CATEGORY_MOVE = CATEGORY + "/{direction:len|xuong}";

    private NewsroomRoutes() {}

    public static String article(long id) {
        return fill(ARTICLE, id);
    }

    public static String transition(long id, String action) {
        return fill(TRANSITION, id, action);
    }

    public static String revisions(long id) {
        return fill(REVISIONS, id);
    }

    public static String restore(long id, int number) {
        return fill(RESTORE, id, number);
    }

    public static String category(long id) {
        return fill(CATEGORY, id);
    }

    /** {@code up} moves it one place up the list, else one down. */
    public static String categoryMove(long id, boolean up) {
        return fill(CATEGORY_MOVE, id, up ? "len" : "xuong");
    }
}
