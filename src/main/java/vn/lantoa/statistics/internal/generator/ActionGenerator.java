package vn.lantoa.statistics.internal.generator;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Shares and rebuttals, a month at a time (one partition of {@code shr_action}, one transaction):
 * the month's partition is created first, as the sharing module's own job would, then the actions
 * and their {@code shr_action_key} rows (every post is distinct) are copied in.
 */
final class ActionGenerator {

    // The sharing module's partition lock ("SHRPARTI"), so its nightly job and this never race.
    private static final long PARTITION_LOCK = 0x5348525041525449L;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy_MM");
    private static final String[] PLATFORMS = {"FACEBOOK", "ZALO", "TIKTOK", "YOUTUBE"};
    private static final int[] SHARE_PLATFORMS = {52, 26, 13, 9};
    private static final int[] REBUTTAL_PLATFORMS = {70, 5, 15, 10};
    private static final String[][] OUTLETS = {
        {"Báo Nhân Dân", "https://nhandan.vn/bai-viet-"},
        {"Báo Điện tử Chính phủ", "https://baochinhphu.vn/tin-"},
        {"Báo Vĩnh Long", "https://baovinhlong.vn/thoi-su/bai-"},
        {"Báo Điện tử Đảng Cộng sản Việt Nam", "https://dangcongsan.vn/tin-"},
        {"VietnamPlus (Thông tấn xã Việt Nam)", "https://www.vietnamplus.vn/tin-"},
        {"Báo Quân đội nhân dân", "https://www.qdnd.vn/bai-"}
    };

    private final Sink sink;
    private final GeneratorOptions options;
    private final Structure structure;
    private final Campaigns campaigns;
    private final MemberPicker members;
    private final SplittableRandom random;

    ActionGenerator(Sink sink, GeneratorOptions options, Structure structure, Campaigns campaigns) {
        this.sink = sink;
        this.options = options;
        this.structure = structure;
        this.campaigns = campaigns;
        this.random = new SplittableRandom(options.seed() ^ 0x414354494F4E53L);
        this.members = new MemberPicker(structure, random);
    }

    /** Writes the actions; {@code progress} hears the running total after each month. */
    long generate(LongConsumer progress) {
        Rhythm rhythm = new Rhythm(options, campaigns.all());
        long[] perDay = rhythm.counts(options.actions());
        long written = 0;
        int day = 0;
        while (day < rhythm.days()) {
            YearMonth month = YearMonth.from(rhythm.date(day));
            int from = day;
            long count = 0;
            while (day < rhythm.days() && YearMonth.from(rhythm.date(day)).equals(month)) {
                count += perDay[day++];
            }
            partition(month);
            if (count > 0) {
                month(rhythm, perDay, from, day, count);
            }
            sink.commit();
            written += count;
            progress.accept(written);
        }
        return written;
    }

    private void month(Rhythm rhythm, long[] perDay, int fromDay, int toDay, long count) {
        long first = sink.reserve("shr_action", count);
        byte[] kinds = new byte[(int) count];
        String[] canonicals = new String[(int) count];
        Instant[] times = new Instant[(int) count];
        int i = 0;
        try (Sink.Rows rows = sink.copy(
                "shr_action",
                "id, kind, member_id, unit_id, campaign_id, post_url, post_canonical, platform, article_url,"
                        + " article_canonical, article_official, source_name, state, state_reason, reviewed_at,"
                        + " created_at")) {
            for (int d = fromDay; d < toDay; d++) {
                for (long k = 0; k < perDay[d]; k++, i++) {
                    long id = first + i;
                    Instant at = clamp(rhythm.at(d, random.nextDouble(), random.nextDouble()));
                    int c = rhythm.campaign(d, random.nextDouble());
                    Campaigns.Campaign campaign = c < 0 ? null : campaigns.all().get(c);
                    int member = campaign == null ? members.any() : members.within(campaign.targetUnit());
                    boolean share = random.nextInt(100) < (campaign == null ? 50 : 80);
                    String platform = PLATFORMS[Names.weighted(random, share ? SHARE_PLATFORMS : REBUTTAL_PLATFORMS)];
                    String post = post(platform, share, id);
                    kinds[i] = (byte) (share ? 0 : 1);
                    canonicals[i] = post;
                    times[i] = at;
                    write(rows, id, share, member, campaign, platform, post, at);
                }
            }
        }
        try (Sink.Rows rows = sink.copy("shr_action_key", "kind, canonical, action_id, created_at")) {
            for (int j = 0; j < count; j++) {
                rows.row(kinds[j] == 0 ? "SHARE" : "REBUTTAL", canonicals[j], first + j, times[j]);
            }
        }
    }

    private void write(
            Sink.Rows rows,
            long id,
            boolean share,
            int member,
            Campaigns.Campaign campaign,
            String platform,
            String post,
            Instant at) {
        String articleUrl;
        String source;
        boolean official;
        if (campaign != null) {
            Campaigns.Article article =
                    campaign.articles().get(random.nextInt(campaign.articles().size()));
            articleUrl = article.url();
            source = article.source();
            official = true;
        } else if (!share
                && random.nextInt(100) < 70
                && !campaigns.refutations().isEmpty()) {
            Campaigns.Article article = campaigns
                    .refutations()
                    .get(random.nextInt(campaigns.refutations().size()));
            articleUrl = article.url();
            source = article.source();
            official = true;
        } else if (random.nextInt(100) < 78) {
            String[] outlet = OUTLETS[random.nextInt(OUTLETS.length)];
            articleUrl = outlet[1] + random.nextInt(20_000) + ".html";
            source = outlet[0];
            official = true;
        } else {
            articleUrl = share ? "https://tin-tong-hop.example/bai/" + random.nextInt(5_000) : null;
            source = null;
            official = false;
        }
        String state;
        String reason = null;
        Instant reviewed = null;
        int r = random.nextInt(100);
        if (official) {
            state = r < 97 ? "VERIFIED" : "REJECTED";
        } else if (options.pendingReview() && r < 45) {
            state = "SELF_REPORTED";
        } else {
            state = r < 72 ? "VERIFIED" : "REJECTED";
        }
        if (state.equals("REJECTED") || !official) {
            reviewed = clamp(at.plus(Duration.ofMinutes(20 + random.nextInt(60 * 48))));
        }
        if (state.equals("REJECTED")) {
            reason = official ? "Liên kết không mở được bài đã chia sẻ" : "Không phải nguồn tin chính thống";
        }
        if (state.equals("SELF_REPORTED")) {
            reviewed = null;
        }
        rows.row(
                id,
                share ? "SHARE" : "REBUTTAL",
                structure.memberIds()[member],
                structure.unitIds()[structure.memberUnit()[member]],
                campaign == null ? null : campaign.id(),
                post,
                post,
                platform,
                articleUrl,
                articleUrl,
                official,
                source,
                state,
                reason,
                reviewed,
                at);
    }

    /** A post that exists once: the action's id is part of it, so no two actions share a key. */
    private static String post(String platform, boolean share, long id) {
        long group = id % 977;
        return switch (platform) {
            case "FACEBOOK" ->
                share
                        ? "https://www.facebook.com/groups/lantoa" + group + "/posts/" + (100_000_000_000L + id)
                        : "https://www.facebook.com/trang" + group + "/posts/" + (200_000_000_000L + id / 7)
                                + "?comment_id=" + id;
            case "ZALO" -> "https://zalo.me/g/lantoa" + group + "/p/" + id;
            case "TIKTOK" ->
                "https://www.tiktok.com/@kenh" + group + "/video/" + (7_400_000_000_000_000_000L + id)
                        + (share ? "" : "?comment_id=" + id);
            default -> "https://www.youtube.com/watch?v=lt" + Long.toString(id, 36) + (share ? "" : "&lc=" + id);
        };
    }

    private Instant clamp(Instant at) {
        if (at.isBefore(options.start())) {
            return options.start();
        }
        return at.isBefore(options.end()) ? at : options.end().minusMillis(1 + random.nextInt(3_600_000));
    }

    private void partition(YearMonth month) {
        String table = "shr_action_" + MONTH.format(month);
        String from = month.atDay(1) + " 00:00:00+07";
        String to = month.plusMonths(1).atDay(1) + " 00:00:00+07";
        sink.execute("""
                DO $$
                BEGIN
                    PERFORM pg_advisory_xact_lock(%d);
                    -- A role that may not create tables (lantoa_app of docs/operations.md) leaves the
                    -- month's actions in the default partition, where they are counted all the same.
                    IF has_schema_privilege('public', 'CREATE')
                       AND NOT EXISTS (SELECT 1 FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                                   WHERE i.inhparent = 'shr_action'::regclass AND c.relname = '%s') THEN
                        CREATE TABLE %s (LIKE shr_action INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
                        WITH moved AS (DELETE FROM shr_action_default WHERE created_at >= '%s'
                                       AND created_at < '%s' RETURNING *)
                        INSERT INTO %s SELECT * FROM moved;
                        ALTER TABLE shr_action ATTACH PARTITION %s FOR VALUES FROM ('%s') TO ('%s');
                    END IF;
                END $$""".formatted(PARTITION_LOCK, table, table, from, to, table, table, from, to));
    }

    /** Which member acts: a few are very active, most now and then; campaigns draw from their target. */
    static final class MemberPicker {
        private final int[] order;
        private final int[][] byUnitSubtree;
        private final SplittableRandom random;

        MemberPicker(Structure structure, SplittableRandom random) {
            this.random = random;
            int n = structure.members();
            order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            // Members of each branch's and commune's subtree, in activity order.
            int units = structure.unitIds().length;
            int[] sizes = new int[units];
            for (int m : order) {
                int u = structure.memberUnit()[m];
                sizes[structure.unitBranch()[u] < 0 ? 0 : structure.unitBranch()[u]]++;
                if (structure.unitCommune()[u] >= 0
                        && structure.unitCommune()[u] != structure.unitBranch()[u]) {
                    sizes[structure.unitCommune()[u]]++;
                }
            }
            byUnitSubtree = new int[units][];
            int[] fill = new int[units];
            for (int u = 0; u < units; u++) {
                byUnitSubtree[u] = new int[sizes[u]];
            }
            for (int m : order) {
                int u = structure.memberUnit()[m];
                int b = structure.unitBranch()[u] < 0 ? 0 : structure.unitBranch()[u];
                byUnitSubtree[b][fill[b]++] = m;
                int c = structure.unitCommune()[u];
                if (c >= 0 && c != b) {
                    byUnitSubtree[c][fill[c]++] = m;
                }
            }
        }

        int any() {
            return order[skewed(order.length)];
        }

        int within(int unit) {
            int[] members = unit == 0 ? order : byUnitSubtree[unit];
            return members.length == 0 ? any() : members[skewed(members.length)];
        }

        private int skewed(int n) {
            double u = random.nextDouble();
            return Math.min(n - 1, (int) (n * u * u));
        }
    }
}
