package vn.lantoa.platform.web;

/**
 * The addresses of the shell every module's pages sit in (DESIGN.md, "Public URL contract"): the
 * platform's own pages, and the entry points its layouts link to (home, search, login, the member
 * area's inbox, ...), which the modules owning them map with these constants. A template that links
 * to them imports this class, so a renamed route fails the jte build.
 */
public final class PlatformRoutes {

    /** The portal's home page. */
    public static final String HOME = "/";

    public static final String LOGIN = "/dang-nhap";
    public static final String LOGOUT = "/dang-xuat";

    /** The back office's dashboard; each module's pages live below it. */
    public static final String BACK_OFFICE = "/quan-tri";

    /** The member area's home page, also the member app's scope. */
    public static final String MEMBER_AREA = "/thanh-vien";

    public static final String MEMBER_MANIFEST = MEMBER_AREA + "/manifest.webmanifest";
    public static final String MEMBER_SERVICE_WORKER = MEMBER_AREA + "/sw.js";
    public static final String MEMBER_OFFLINE = MEMBER_AREA + "/ngoai-tuyen";

    /** The signed-in user's own pages. */
    public static final String ACCOUNT = "/tai-khoan";

    public static final String PERSONAL_DATA = ACCOUNT + "/du-lieu-ca-nhan";
    public static final String PERSONAL_DATA_JSON = PERSONAL_DATA + ".json";

    /** Mapped by {@code accounts}. */
    public static final String PASSWORD = ACCOUNT + "/mat-khau";

    /** Mapped by {@code notifications}. */
    public static final String INBOX = MEMBER_AREA + "/thong-bao";

    /** Mapped by {@code reports}: the public form and the member area's. */
    public static final String REPORT = "/phan-anh";

    public static final String MEMBER_REPORT = MEMBER_AREA + REPORT;

    /** Mapped by {@code portal}. */
    public static final String SEARCH = "/tim-kiem";

    public static final String ABOUT = "/gioi-thieu";
    public static final String CONTACT = "/lien-he";
    public static final String RSS = "/rss.xml";

    private PlatformRoutes() {}
}
