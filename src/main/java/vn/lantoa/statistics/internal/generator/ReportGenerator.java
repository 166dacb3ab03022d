package vn.lantoa.statistics.internal.generator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Reports of harmful content grouped in clusters (several people report the same post), each
 * cluster with a category and an outcome: refuted (with the claim and its refutation article),
 * accurate, not actionable, forwarded; recent ones still new or being verified. A report is about
 * content, never about a person.
 */
final class ReportGenerator {

    private static final String[] CATEGORIES = {
        "incitement", "scam", "impersonation", "fabricated", "distortion", "other"
    };
    private static final int[] CATEGORY_WEIGHTS = {5, 15, 10, 30, 30, 10};
    private static final String[] OUTCOMES = {"REFUTED", "ACCURATE", "NOT_ACTIONABLE", "FORWARDED"};
    private static final int[] OUTCOME_WEIGHTS = {35, 10, 35, 20};
    private static final String[] OPENINGS = {
        "Trang này đăng tin ", "Nhóm Facebook chia sẻ bài nói ", "Có video TikTok nói ", "Trong nhóm Zalo có tin "
    };

    private final Sink sink;
    private final GeneratorOptions options;
    private final Structure structure;
    private final Campaigns campaigns;
    private final SplittableRandom random;

    ReportGenerator(Sink sink, GeneratorOptions options, Structure structure, Campaigns campaigns) {
        this.sink = sink;
        this.options = options;
        this.structure = structure;
        this.campaigns = campaigns;
        this.random = new SplittableRandom(options.seed() ^ 0x5245504F525453L);
    }

    /** How many claims (and refutation articles) a run with these options needs. */
    static int claimsFor(GeneratorOptions options) {
        return options.reports() == 0 ? 0 : Math.max(1, options.reports() / 14);
    }

    void generate() {
        List<Campaigns.Article> refutations = campaigns.refutations();
        long firstClaim = sink.reserve("rpt_claim", refutations.size());
        try (Sink.Rows rows = sink.copy(
                "rpt_claim", "id, statement, verdict, category, refutation_article_id, created_at, updated_at")) {
            for (int i = 0; i < refutations.size(); i++) {
                Instant at = options.start().plus(Duration.ofDays(random.nextInt(Math.max(1, options.days()))));
                rows.row(
                        firstClaim + i,
                        "Thông tin " + ContentGenerator.RUMOURS[i % ContentGenerator.RUMOURS.length],
                        random.nextInt(100) < 80 ? "FALSE" : "MISLEADING",
                        CATEGORIES[Names.weighted(random, CATEGORY_WEIGHTS)],
                        refutations.get(i).id(),
                        at,
                        at);
            }
        }
        List<int[]> sizes = new ArrayList<>(); // cluster sizes
        int left = options.reports();
        while (left > 0) {
            int size = Math.min(left, 1 + (int) (-Math.log(1 - random.nextDouble()) * 2.5));
            sizes.add(new int[] {size});
            left -= size;
        }
        long firstCluster = sink.reserve("rpt_cluster", sizes.size());
        long firstReport = sink.reserve("rpt_report", options.reports());
        Instant[] opened = new Instant[sizes.size()];
        Instant[] closed = new Instant[sizes.size()];
        String[] status = new String[sizes.size()];
        String[] categories = new String[sizes.size()];
        try (Sink.Rows rows =
                sink.copy("rpt_cluster", "id, claim_id, status, category, due_at, created_at, updated_at")) {
            for (int c = 0; c < sizes.size(); c++) {
                opened[c] = options.start()
                        .plusSeconds(
                                random.nextLong(Duration.ofDays(options.days()).toSeconds()));
                boolean recent = opened[c].isAfter(options.end().minus(Duration.ofDays(4)));
                status[c] = recent && options.pendingReview()
                        ? (random.nextBoolean() ? "NEW" : "IN_VERIFICATION")
                        : OUTCOMES[Names.weighted(random, OUTCOME_WEIGHTS)];
                closed[c] = min(opened[c].plus(Duration.ofHours(2 + random.nextInt(96))), options.end());
                Long claim = status[c].equals("REFUTED") && !refutations.isEmpty()
                        ? firstClaim + random.nextInt(refutations.size())
                        : null;
                categories[c] = CATEGORIES[Names.weighted(random, CATEGORY_WEIGHTS)];
                rows.row(
                        firstCluster + c,
                        claim,
                        status[c],
                        categories[c],
                        opened[c].plus(Duration.ofHours(72)),
                        opened[c],
                        closed[c]);
            }
        }
        reports(sizes, firstCluster, firstReport, opened, categories);
        events(firstCluster, opened, closed, status);
        sink.commit();
    }

    private void reports(
            List<int[]> sizes, long firstCluster, long firstReport, Instant[] opened, String[] categories) {
        long id = firstReport;
        List<Object[]> links = new ArrayList<>();
        try (Sink.Rows rows = sink.copy(
                "rpt_report",
                "id, tracking_code, content, link, category, cluster_id, cluster_state, created_at,"
                        + " reporter_member_id, unit_id")) {
            for (int c = 0; c < sizes.size(); c++) {
                String rumour = ContentGenerator.RUMOURS[random.nextInt(ContentGenerator.RUMOURS.length)];
                String link = "https://www.facebook.com/story.php?story_fbid=" + (5_000_000L + firstCluster + c);
                for (int r = 0; r < sizes.get(c)[0]; r++, id++) {
                    Instant at = min(opened[c].plus(Duration.ofMinutes(random.nextInt(60 * 24 * 3))), options.end());
                    // In the demo (nothing left pending) every report is a member's, so the demo's province has
                    // no public reports in its history that every other root unit's figures would count too.
                    boolean byMember = random.nextInt(100) < 45 || !options.pendingReview();
                    int member = byMember ? random.nextInt(structure.members()) : -1;
                    rows.row(
                            id,
                            "PG-" + Long.toString(id, 36).toUpperCase(Locale.ROOT),
                            Names.pick(random, OPENINGS) + rumour + ", đề nghị cơ quan chức năng kiểm tra.",
                            link,
                            categories[c],
                            firstCluster + c,
                            "CONFIRMED",
                            at,
                            byMember ? structure.memberIds()[member] : null,
                            byMember ? structure.unitIds()[structure.memberUnit()[member]] : null);
                    links.add(new Object[] {id, link, link, "FACEBOOK", at});
                }
            }
        }
        try (Sink.Rows rows = sink.copy("rpt_report_link", "report_id, raw, canonical, platform, created_at")) {
            links.forEach(rows::row);
        }
    }

    /** The cluster's history: taken into verification, then its outcome. */
    private void events(long firstCluster, Instant[] opened, Instant[] closed, String[] status) {
        try (Sink.Rows rows =
                sink.copy("rpt_cluster_event", "cluster_id, kind, from_status, to_status, actor_name, created_at")) {
            for (int c = 0; c < status.length; c++) {
                if (status[c].equals("NEW")) {
                    continue;
                }
                Instant taken = min(opened[c].plus(Duration.ofMinutes(30)), closed[c]);
                rows.row(firstCluster + c, "STATUS", "NEW", "IN_VERIFICATION", "Cán bộ xử lý phản ánh", taken);
                if (!status[c].equals("IN_VERIFICATION")) {
                    rows.row(
                            firstCluster + c,
                            "STATUS",
                            "IN_VERIFICATION",
                            status[c],
                            "Cán bộ xử lý phản ánh",
                            closed[c]);
                }
            }
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b.minusSeconds(1);
    }
}
