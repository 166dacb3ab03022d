package vn.lantoa.newsroom.internal;

import java.util.function.Predicate;
import vn.lantoa.platform.VietnameseText;

/** URL slugs of articles: folded Vietnamese, unique per site by a numeric suffix (-2, -3, …). */
public final class Slugs {

    private Slugs() {}

    public static String unique(String title, Predicate<String> taken) {
        String base = VietnameseText.slug(title);
        if (base.isEmpty()) {
            base = "bai-viet";
        }
        String candidate = base;
        for (int n = 2; taken.test(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
