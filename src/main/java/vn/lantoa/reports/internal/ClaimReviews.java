package vn.lantoa.reports.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.newsroom.ArticleUrls;
import vn.lantoa.newsroom.PublishedArticle;
import vn.lantoa.platform.LanToaProperties;
import vn.lantoa.platform.Zone;
import vn.lantoa.platform.web.StructuredData;

/**
 * schema.org {@code ClaimReview} for a published refutation article, one per claim it answers.
 * The rating follows the common fact-check scale: 1 (false) … 5 (true), with VAFC's label as
 * {@code alternateName}: tin giả 1, tin sai sự thật 2, tin xác thực 5. {@code itemReviewed} is the
 * claim with the reported links (canonical) as its appearances, the earliest reported first.
 */
@Component
class ClaimReviews implements StructuredData.Source {

    private final JdbcClient jdbc;
    private final ArticleCatalog catalog;
    private final ReportedLinks links;
    private final MessageSource messages;
    private final LanToaProperties properties;
    private final JsonMapper json = JsonMapper.builder().build();

    ClaimReviews(
            JdbcClient jdbc,
            ArticleCatalog catalog,
            ReportedLinks links,
            MessageSource messages,
            LanToaProperties properties) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.links = links;
        this.messages = messages;
        this.properties = properties;
    }

    private record Claim(long id, String statement, Verdict verdict) {}

    @Override
    public List<String> jsonLdFor(long articleId) {
        List<Claim> claims = jdbc.sql(
                        "SELECT id, statement, verdict FROM rpt_claim WHERE refutation_article_id = ? ORDER BY id")
                .param(articleId)
                .query((rs, n) -> new Claim(
                        rs.getLong("id"), rs.getString("statement"), Verdict.valueOf(rs.getString("verdict"))))
                .list();
        if (claims.isEmpty()) {
            return List.of();
        }
        PublishedArticle article = catalog.findPublishedById(articleId).orElse(null);
        if (article == null) {
            return List.of();
        }
        return claims.stream()
                .map(c -> json.writeValueAsString(review(c, article)))
                .toList();
    }

    static int rating(Verdict verdict) {
        return switch (verdict) {
            case FALSE -> 1;
            case MISLEADING -> 2;
            case ACCURATE -> 5;
        };
    }

    private Map<String, Object> review(Claim claim, PublishedArticle article) {
        String base = properties.site().baseUrl();
        String published = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                article.publishedAt().atZone(Zone.VIETNAM));
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("@context", "https://schema.org");
        review.put("@type", "ClaimReview");
        review.put("url", ArticleUrls.absolute(base, article.slug()));
        review.put("claimReviewed", claim.statement());
        review.put("datePublished", published);
        review.put("inLanguage", "vi");
        review.put(
                "author",
                ordered("@type", "Organization", "name", properties.site().name(), "url", base + "/"));
        review.put(
                "reviewRating",
                ordered(
                        "@type",
                        "Rating",
                        "ratingValue",
                        rating(claim.verdict()),
                        "bestRating",
                        5,
                        "worstRating",
                        1,
                        "alternateName",
                        messages.getMessage("reports.vafc." + claim.verdict().name(), null, Zone.VI)));
        List<ReportedLinks.Seen> seen = links.ofClaim(claim.id());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "Claim");
        if (!seen.isEmpty()) {
            List<Map<String, Object>> appearance = new ArrayList<>();
            seen.forEach(s -> appearance.add(ordered("@type", "CreativeWork", "url", s.url())));
            item.put("appearance", appearance);
            item.put("firstAppearance", appearance.getFirst());
        }
        review.put("itemReviewed", item);
        return review;
    }

    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
