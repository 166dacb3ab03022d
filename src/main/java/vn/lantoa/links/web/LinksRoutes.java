package vn.lantoa.links.web;

import static vn.lantoa.platform.web.RoutePattern.fill;

import vn.lantoa.platform.web.PlatformRoutes;

/**
 * The official-source registry's addresses, spelled once: the controller maps them, the templates
 * and redirects link to them, so a renamed route fails the jte build.
 */
public final class LinksRoutes {

    public static final String SOURCES = PlatformRoutes.BACK_OFFICE + "/nguon-chinh-thong";
    public static final String NEW_SOURCE = SOURCES + "/moi";
    public static final String SOURCE = SOURCES + "/{id}";
    public static final String SOURCE_STATUS = SOURCE + "/trang-thai";

    private LinksRoutes() {}

    public static String source(long id) {
        return fill(SOURCE, id);
    }

    public static String sourceStatus(long id) {
        return fill(SOURCE_STATUS, id);
    }
}
