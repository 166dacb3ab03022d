package vn.lantoa.sharing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.lantoa.newsroom.ArticleCard;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.ArticleUrls;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.DemoDataContributor;
import vn.lantoa.platform.LanToaProperties;
import vn.lantoa.platform.Role;

/**
 * A running campaign for Đảng ủy xã Tiểu Cần with two of the demo articles, and what a few demo
 * members logged this month (through {@link ActionLogger}, so checked as any submission is): shares
 * from the campaign, a rebuttal, a share on a member's own initiative, and one of an unofficial page
 * waiting in the managers' review queue.
 */
@Component
class SharingDemoData implements DemoDataContributor {

    private final CampaignRepository campaigns;
    private final ActionLogger logger;
    private final ArticleCatalog articles;
    private final LanToaProperties properties;
    private final Clock clock;

    SharingDemoData(
            CampaignRepository campaigns,
            ActionLogger logger,
            ArticleCatalog articles,
            LanToaProperties properties,
            Clock clock) {
        this.campaigns = campaigns;
        this.logger = logger;
        this.articles = articles;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public void contribute(DemoContext context) {
        long tieuCan = context.get("unit.tieuCan", Long.class);
        Instant now = clock.instant();
        long topic = campaigns.topics().getFirst().id();
        long id = campaigns.insert(
                "Lan tỏa thông tin về chuyển đổi số ở cơ sở",
                "Mỗi đảng viên, đoàn viên chia sẻ ít nhất một bài trong tuần này lên trang cá nhân hoặc nhóm Zalo.",
                topic,
                tieuCan,
                0L,
                now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(14)));
        List<ArticleCard> latest = articles.latest(2);
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < latest.size(); i++) {
            ArticleCard a = latest.get(i);
            String url = ArticleUrls.absolute(properties.site().baseUrl(), a.slug());
            campaigns.addArticle(
                    id, i, a.id(), url, url, a.title(), properties.site().name());
            urls.add(url);
        }
        campaigns.addTarget(id, tieuCan, null);
        context.put("campaign.demo", id);
        if (urls.size() == 2) {
            logActions(context, id, urls.get(0), urls.get(1));
        }
    }

    private void logActions(DemoContext context, long campaign, String first, String second) {
        share(context, "member.lan", "https://www.facebook.com/groups/lantoatieucan/posts/1029384756", first, campaign);
        share(
                context,
                "member.hung",
                "https://www.facebook.com/groups/lantoatieucan/posts/1029384799",
                second,
                campaign);
        share(
                context,
                "member.thao",
                "https://www.tiktok.com/@doanvientieucan/video/7431122334455667788",
                first,
                campaign);
        // On her own initiative, outside any campaign (Hùng Hòa is not targeted): an official article still counts.
        share(
                context,
                "member.nga",
                "https://www.facebook.com/groups/thanhnienhunghoa/posts/556677889900",
                second,
                null);
        // Not an official source: kept, counted apart, and waiting for a manager's review.
        share(
                context,
                "member.duc",
                "https://www.facebook.com/groups/lantoatieucan/posts/1029384811",
                "https://tin-tong-hop.example/bai/chuyen-doi-so-o-xa",
                null);
        logger.logRebuttal(
                member(context, "member.lan"),
                new ActionLogger.RebuttalRequest(
                        "https://www.facebook.com/groups/chuyenlangque/posts/889900112233?comment_id=445566",
                        "https://www.facebook.com/groups/chuyenlangque/posts/889900112233",
                        "Thông tin xã thu hồi đất nông nghiệp là không đúng sự thật. Mời bà con đọc bài trả lời"
                                + " chính thức của Ban Tuyên giáo và Dân vận.",
                        second,
                        null),
                null);
    }

    private void share(DemoContext context, String member, String post, String article, Long campaign) {
        logger.logShare(member(context, member), new ActionLogger.ShareRequest(post, article, campaign), null);
    }

    /** The member as the member area would see them signed in (no account needed to log through the logger). */
    private static CurrentUser member(DemoContext context, String key) {
        long id = context.get(key, Long.class);
        return new CurrentUser(0, key, key, Set.of(Role.MEMBER), null, id);
    }
}
