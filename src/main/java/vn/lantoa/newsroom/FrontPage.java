package vn.lantoa.newsroom;

import java.util.List;
import java.util.Map;

/**
 * What a site's front page lists: its newest articles, and the newest of each category by the
 * category's id (categories without published articles have no entry).
 */
public record FrontPage(List<ArticleCard> latest, Map<Long, List<ArticleCard>> newestByCategory) {

    public FrontPage {
        latest = List.copyOf(latest);
        newestByCategory = Map.copyOf(newestByCategory);
    }
}
