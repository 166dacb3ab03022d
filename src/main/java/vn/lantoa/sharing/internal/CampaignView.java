package vn.lantoa.sharing.internal;

import java.time.Instant;
import java.util.List;

/** A campaign with its articles, as the member area and the back office show it. */
public record CampaignView(
        long id,
        String title,
        String message,
        long topicId,
        String topicName,
        long ownerUnitId,
        Instant startsAt,
        Instant endsAt,
        List<Article> articles) {

    public CampaignView {
        articles = List.copyOf(articles);
    }

    public boolean activeAt(Instant now) {
        return !now.isBefore(startsAt) && now.isBefore(endsAt);
    }

    /** An official article to share: ours ({@code articleId}) or an external official URL. */
    public record Article(long id, Long articleId, String url, String canonicalUrl, String title, String sourceName) {}
}
