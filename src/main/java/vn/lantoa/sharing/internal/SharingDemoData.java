package vn.lantoa.sharing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.lantoa.newsroom.ArticleCard;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.platform.DemoDataContributor;
import vn.lantoa.platform.LanToaProperties;

/** A running campaign for Đảng ủy xã Tiểu Cần with two of the demo articles. */
@Component
class SharingDemoData implements DemoDataContributor {

    private final CampaignRepository campaigns;
    private final ArticleCatalog articles;
    private final LanToaProperties properties;
    private final Clock clock;

    SharingDemoData(CampaignRepository campaigns, ArticleCatalog articles, LanToaProperties properties, Clock clock) {
        this.campaigns = campaigns;
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
        for (int i = 0; i < latest.size(); i++) {
            ArticleCard a = latest.get(i);
            String url = properties.site().baseUrl() + "/bai-viet/" + a.slug();
            campaigns.addArticle(
                    id, i, a.id(), url, url, a.title(), properties.site().name());
        }
        campaigns.addTarget(id, tieuCan, null);
        context.put("campaign.demo", id);
    }
}
