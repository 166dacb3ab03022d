package vn.lantoa.statistics.internal.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import vn.lantoa.newsroom.ArticleUrls;
import vn.lantoa.platform.VietnameseText;

/**
 * Newsroom articles (campaign articles in the news categories, refutation articles in theirs),
 * campaigns with their articles and targets over the period, and directives with the units'
 * acknowledgements.
 */
final class ContentGenerator {

    private static final String[] SUBJECTS = {
        "chuyển đổi số ở cơ sở",
        "xây dựng nông thôn mới nâng cao",
        "cải cách hành chính",
        "phát triển kinh tế biển",
        "phòng, chống tham nhũng, tiêu cực",
        "bảo vệ nền tảng tư tưởng của Đảng",
        "an toàn giao thông",
        "phòng, chống xâm nhập mặn",
        "chăm lo gia đình chính sách",
        "giảm nghèo bền vững",
        "học tập và làm theo Bác",
        "phát triển du lịch cộng đồng"
    };
    private static final String[] MODELS = {
        "trồng bưởi da xanh theo hướng hữu cơ", "nuôi tôm càng xanh xen lúa", "dân vận khéo", "tổ tự quản đường hoa",
        "chợ không dùng tiền mặt", "thư viện số trường học", "tổ Zalo an ninh trật tự", "hợp tác xã dừa sáp"
    };
    private static final String[] EVENTS = {
        "Ngày thành lập Đảng Cộng sản Việt Nam", "Chiến thắng Điện Biên Phủ", "Ngày Quốc khánh 2/9",
        "Ngày Giải phóng miền Nam", "Ngày sinh Chủ tịch Hồ Chí Minh", "Phong trào Đồng Khởi"
    };
    /**
     * Rumours of the generated claims; none repeats a demo claim (reports/demo-claims.tsv), or the
     * demo's own claims would have generated twins on file and never be a confident match.
     */
    static final String[] RUMOURS = {
        "cấm xây nhà trên đất vườn từ năm sau",
        "trạm bơm thủy lợi ngừng cấp nước cả mùa khô",
        "học sinh phải nộp phí xét nghiệm khi nhập học",
        "bãi bỏ trợ cấp cho người có công",
        "thu tiền cấp đổi căn cước tại nhà",
        "sáp nhập trường, học sinh phải học xa nhà",
        "nước máy nhiễm mặn gây bệnh",
        "xã bán đất công cho doanh nghiệp",
        "cấm đánh bắt cá trên sông",
        "phạt nặng người không cài ứng dụng"
    };

    private static final String[][] OUTLETS = {
        {"Báo Nhân Dân", "https://nhandan.vn/"},
        {"Báo Điện tử Chính phủ", "https://baochinhphu.vn/"},
        {"Báo Vĩnh Long", "https://baovinhlong.vn/"},
        {"Báo Điện tử Đảng Cộng sản Việt Nam", "https://dangcongsan.vn/"},
        {"Đài Phát thanh và Truyền hình Vĩnh Long", "https://thvl.vn/"}
    };

    private final Sink sink;
    private final Catalog catalog;
    private final GeneratorOptions options;
    private final Structure structure;
    private final SplittableRandom random;

    ContentGenerator(Sink sink, Catalog catalog, GeneratorOptions options, Structure structure) {
        this.sink = sink;
        this.catalog = catalog;
        this.options = options;
        this.structure = structure;
        this.random = new SplittableRandom(options.seed() ^ 0x434F4E54454E54L);
    }

    Campaigns generate(int refutationCount) {
        List<Campaigns.Article> refutations = refutations(refutationCount);
        List<Campaigns.Campaign> campaigns = campaigns();
        directives();
        sink.commit();
        return new Campaigns(campaigns, refutations);
    }

    private List<Campaigns.Article> refutations(int count) {
        List<Campaigns.Article> result = new ArrayList<>();
        long first = options.articles() ? sink.reserve("news_article", count) : 0;
        List<Object[]> articleRows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String title = "Sự thật về thông tin " + RUMOURS[i % RUMOURS.length] + " (bài số " + (i + 1) + ")";
            result.add(article(articleRows, first + i, catalog.refutationCategoryId(), title, at(random.nextDouble())));
        }
        writeArticles(articleRows);
        return result;
    }

    private List<Campaigns.Campaign> campaigns() {
        int count = Math.max(1, (int) Math.round(options.campaignsPerYear() * options.days() / 365.0));
        long firstCampaign = sink.reserve("shr_campaign", count);
        int articlesPer = 3;
        long firstArticle = options.articles() ? sink.reserve("news_article", (long) count * articlesPer) : 0;
        List<Campaigns.Campaign> result = new ArrayList<>();
        List<Object[]> articleRows = new ArrayList<>();
        List<Object[]> campaignRows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // Starts spread over the period (the last ones may still be running at its end).
            Instant start = at((i + random.nextDouble()) / count);
            Instant end = start.plus(Duration.ofDays(7 + random.nextInt(24)));
            int target = target();
            String subject = Names.pick(random, SUBJECTS);
            long topicId = catalog.topics()[random.nextInt(catalog.topics().length)];
            List<Campaigns.Article> articles = new ArrayList<>();
            for (int a = 0; a < articlesPer; a++) {
                long id = firstArticle + (long) i * articlesPer + a;
                long[] categories = catalog.newsCategoryIds();
                long category = categories.length == 0 ? 0 : categories[random.nextInt(categories.length)];
                articles.add(article(
                        articleRows, id, category, articleTitle(a, subject), start.minus(Duration.ofHours(6 + a))));
            }
            long campaignId = firstCampaign + i;
            campaignRows.add(new Object[] {
                campaignId,
                "Lan tỏa thông tin về " + subject + " (đợt " + (i + 1) + ")",
                "Mỗi đảng viên, đoàn viên, hội viên chia sẻ ít nhất một bài của đợt lên trang cá nhân hoặc nhóm Zalo.",
                topicId,
                structure.unitIds()[target],
                0L,
                start,
                end,
                start.minus(Duration.ofDays(2)),
                start
            });
            result.add(new Campaigns.Campaign(campaignId, start, end, target, articles));
        }
        writeArticles(articleRows);
        write(
                "shr_campaign",
                "id, title, message, topic_id, owner_unit_id, created_by, starts_at, ends_at, created_at, announced_at",
                campaignRows);
        try (Sink.Rows rows = sink.copy(
                "shr_campaign_article", "campaign_id, position, article_id, url, canonical_url, title, source_name")) {
            for (Campaigns.Campaign c : result) {
                for (int a = 0; a < c.articles().size(); a++) {
                    Campaigns.Article article = c.articles().get(a);
                    rows.row(c.id(), a, article.id(), article.url(), article.url(), article.title(), article.source());
                }
            }
        }
        try (Sink.Rows rows = sink.copy("shr_campaign_target", "campaign_id, unit_id")) {
            for (Campaigns.Campaign c : result) {
                rows.row(c.id(), structure.unitIds()[c.targetUnit()]);
            }
        }
        return result;
    }

    /** Most campaigns are the whole province's; some a branch's or a commune's. */
    private int target() {
        int r = random.nextInt(100);
        if (r < 55 || structure.communes().length == 0) {
            return 0;
        }
        int commune = structure.communes()[random.nextInt(structure.communes().length)];
        return r < 80 && structure.unitBranch()[commune] >= 0 ? structure.unitBranch()[commune] : commune;
    }

    private String articleTitle(int position, String subject) {
        return switch (position) {
            case 0 -> "Vĩnh Long đẩy mạnh " + subject;
            case 1 -> "Mô hình " + Names.pick(random, MODELS) + " góp phần " + subject;
            default -> "Kỷ niệm " + Names.pick(random, EVENTS) + ": lan tỏa " + subject;
        };
    }

    private void writeArticles(List<Object[]> rows) {
        write(
                "news_article",
                "id, site_id, category_id, slug, title, summary, body_html, author_credit, status, published_at,"
                        + " created_at, updated_at",
                rows);
    }

    private void write(String table, String columns, List<Object[]> values) {
        if (values.isEmpty()) {
            return;
        }
        try (Sink.Rows rows = sink.copy(table, columns)) {
            values.forEach(rows::row);
        }
    }

    private Campaigns.Article article(List<Object[]> rows, long id, long category, String title, Instant at) {
        if (!options.articles()) {
            String[] outlet = OUTLETS[random.nextInt(OUTLETS.length)];
            String url = outlet[1] + VietnameseText.slug(title) + "-" + random.nextInt(1_000_000) + ".html";
            return new Campaigns.Article(null, url, title, outlet[0]);
        }
        String slug = VietnameseText.slug(title) + "-" + id;
        rows.add(new Object[] {
            id,
            catalog.siteId(),
            category,
            slug,
            title,
            "Bài viết của dữ liệu sinh cho thử tải: " + title + ".",
            "<p>" + title + ".</p><p>Nội dung bài viết thuộc dữ liệu sinh để đo hiệu năng.</p>",
            Names.person(random, random.nextBoolean()),
            "PUBLISHED",
            at,
            at,
            at
        });
        return new Campaigns.Article(id, ArticleUrls.absolute(catalog.baseUrl(), slug), title, catalog.siteName());
    }

    private void directives() {
        int count = Math.max(1, (int) Math.round(options.directivesPerYear() * options.days() / 365.0));
        long first = sink.reserve("shr_directive", count);
        int[] communes = structure.communes();
        Instant[] sent = new Instant[count];
        try (Sink.Rows directives =
                sink.copy("shr_directive", "id, title, body, owner_unit_id, created_by, created_at, urgency")) {
            for (int i = 0; i < count; i++) {
                sent[i] = at((i + random.nextDouble()) / count);
                String subject = Names.pick(random, SUBJECTS);
                directives.row(
                        first + i,
                        "Hướng dẫn số " + (100 + i) + "-HD/BTGDV về tuyên truyền " + subject,
                        "Đề nghị các đảng ủy xã, phường tổ chức tuyên truyền về " + subject
                                + " trong đảng viên và nhân dân; báo cáo kết quả về Ban.",
                        structure.root(),
                        0L,
                        sent[i],
                        // one in eight marked "Khẩn", as an office marks the few that cannot wait
                        i % 8 == 0 ? "URGENT" : "NORMAL");
            }
        }
        try (Sink.Rows targets = sink.copy("shr_directive_target", "directive_id, unit_id")) {
            for (int i = 0; i < count; i++) {
                for (int c : communes) {
                    targets.row(first + i, structure.unitIds()[c]);
                }
            }
        }
        // Most communes acknowledge within ten days; recent directives are still being acknowledged.
        try (Sink.Rows rows = sink.copy("shr_directive_ack", "directive_id, unit_id, user_id, acked_at")) {
            for (int i = 0; i < count; i++) {
                for (int c : communes) {
                    Instant acked = sent[i].plus(Duration.ofMinutes(30 + random.nextLong(60L * 24 * 10)));
                    if (random.nextInt(100) < 88 && acked.isBefore(options.end())) {
                        rows.row(first + i, structure.unitIds()[c], 0L, acked);
                    }
                }
            }
        }
    }

    /** The instant at a fraction of the period. */
    private Instant at(double fraction) {
        long seconds = options.end().getEpochSecond() - options.start().getEpochSecond();
        return options.start().plusSeconds((long) (seconds * Math.min(0.999, Math.max(0, fraction))));
    }
}
