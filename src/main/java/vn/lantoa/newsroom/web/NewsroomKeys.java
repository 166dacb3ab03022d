package vn.lantoa.newsroom.web;

import vn.lantoa.newsroom.internal.ArticleStatus;

/** Message keys that depend on a value, so templates name every key through here or literally. */
public final class NewsroomKeys {

    private NewsroomKeys() {}

    public static String status(ArticleStatus status) {
        return "newsroom.status." + status.name();
    }

    public static String status(String status) {
        return "newsroom.status." + status;
    }

    public static String action(String code) {
        return "newsroom.action." + code;
    }
}
