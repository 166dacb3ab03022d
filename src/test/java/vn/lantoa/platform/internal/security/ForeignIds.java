package vn.lantoa.platform.internal.security;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the scope matrix puts into an endpoint's path: for each template with variables, the ids of
 * things that belong to another branch than the unit manager's (Hùng Hòa against Tiểu Cần in the
 * demo), or to another person, and whether the endpoint is about such things at all (articles,
 * categories and official sources are the province's, not a branch's).
 */
final class ForeignIds {

    /** How the variables of one template are filled, and whether what they name is a branch's or a person's. */
    private record Fill(boolean branchOwned, Function<String, Object> values) {}

    private final JdbcClient jdbc;
    private final Map<String, Fill> fills = new LinkedHashMap<>();
    private final Map<String, Object> cache = new LinkedHashMap<>();

    /** The public API: published articles, the visit counter, and a report from anyone. */
    private static final Set<String> PUBLIC_API =
            Set.of("GET /api/v1/articles", "GET /api/v1/visits", "POST /api/v1/reports");

    /**
     * What a member may use outside the member area: the public API, and the API a member logs
     * their shares and rebuttals with, checks a link with and reads their own actions from.
     */
    private static final Set<String> OPEN_TO_MEMBERS = union(
            PUBLIC_API,
            Set.of(
                    "POST /api/v1/shares",
                    "POST /api/v1/rebuttals",
                    "GET /api/v1/links/check",
                    "GET /api/v1/me/actions"));

    /** Endpoints under the guarded prefixes that anybody may use: the public API, the member app's own files. */
    private static final Set<String> PUBLIC =
            union(PUBLIC_API, Set.of("GET /thanh-vien/manifest.webmanifest", "GET /thanh-vien/sw.js"));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    ForeignIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
        ownThings();
        Function<String, Object> unit = v -> branchUnit();
        Function<String, Object> member = v -> one("member", """
                SELECT min(m.id) FROM org_member m JOIN org_unit u ON u.id = m.unit_id
                 WHERE u.path LIKE (SELECT path FROM org_unit WHERE id = ?) || '%'""", branchUnit());
        Function<String, Object> group = v -> v.equals("memberId") ? member.apply(v) : one("group", """
                        SELECT min(g.id) FROM org_sharing_group g JOIN org_unit u ON u.id = g.unit_id
                         WHERE u.path LIKE (SELECT path FROM org_unit WHERE id = ?) || '%'""", branchUnit());
        branch("/quan-tri/don-vi/{id}", unit);
        branch("/quan-tri/don-vi/{id}/doi-ten", unit);
        branch("/quan-tri/don-vi/{id}/chuyen", unit);
        branch("/quan-tri/don-vi/{id}/dong", unit);
        branch("/api/v1/to-chuc/don-vi/{id}", unit);
        branch("/api/v1/to-chuc/don-vi/{id}/cay", unit);
        branch("/quan-tri/nhom/{id}", group);
        branch("/quan-tri/nhom/{id}/thanh-vien", group);
        branch("/quan-tri/nhom/{id}/thanh-vien/{memberId}/xoa", group);
        branch("/api/v1/to-chuc/nhom/{id}", group);
        branch("/api/v1/to-chuc/nhom/{id}/thanh-vien", group);
        branch("/quan-tri/thanh-vien/{id}", member);
        branch("/quan-tri/thanh-vien/{id}/xoa-du-lieu-ca-nhan", member);
        branch(
                "/quan-tri/thanh-vien/nhap/{job}",
                v -> other(
                        "import job",
                        "SELECT min(id) FROM org_import_job"
                                + " WHERE user_id <> (SELECT id FROM acc_user WHERE username = 'quanly')"));

        Function<String, Object> campaign = v -> one("campaign", """
                SELECT min(c.id) FROM shr_campaign c JOIN org_unit u ON u.id = c.owner_unit_id
                 WHERE u.path LIKE (SELECT path FROM org_unit WHERE id = ?) || '%'""", branchUnit());
        branch("/quan-tri/chien-dich/{id}", campaign);
        branch("/quan-tri/chien-dich/{id}/nhac-nho", campaign);
        Function<String, Object> directive = v -> one("directive", """
                SELECT min(d.id) FROM shr_directive d JOIN org_unit u ON u.id = d.owner_unit_id
                 WHERE u.path LIKE (SELECT path FROM org_unit WHERE id = ?) || '%'
                   AND NOT EXISTS (SELECT 1 FROM shr_directive_target t JOIN org_unit tu ON tu.id = t.unit_id
                                    WHERE t.directive_id = d.id AND tu.name = 'Đảng ủy xã Tiểu Cần')""", branchUnit());
        branch("/quan-tri/van-ban/{id}", directive);
        branch("/quan-tri/van-ban/{id}/da-doc", directive);
        branch("/thanh-vien/van-ban/{id}/tep", directive);
        Function<String, Object> action = v -> one("action", """
                SELECT min(a.id) FROM shr_action a JOIN org_unit u ON u.id = a.unit_id
                 WHERE u.path LIKE (SELECT path FROM org_unit WHERE id = ?) || '%'""", branchUnit());
        branch("/quan-tri/ghi-nhan/{id}", action);
        branch("/thanh-vien/ghi-nhan/ket-qua/{id}", action);
        branch("/thanh-vien/thong-bao/{id}/da-doc", v -> other("notice of another member", """
                SELECT min(id) FROM ntf_notice WHERE member_id IS NOT NULL
                   AND member_id <> (SELECT member_id FROM acc_user WHERE username = 'thanhvien')"""));

        Function<String, Object> report = v -> one("report", """
                SELECT min(r.id) FROM rpt_report r JOIN org_unit u ON u.id = r.unit_id
                 WHERE r.cluster_id IS NOT NULL AND u.path LIKE (SELECT path FROM org_unit WHERE id = ?) || '%'""", branchUnit());
        Function<String, Object> cluster =
                v -> one("case", "SELECT cluster_id FROM rpt_report WHERE id = ?", report.apply(v));
        for (String path : new String[] {"", "/trang-thai", "/giao", "/binh-luan"}) {
            branch("/quan-tri/phan-anh/{id}" + path, cluster);
        }
        for (String path :
                new String[] {"/xu-ly", "/bac-bo", "/bai-nhap", "/chuyen", "/goi-ho-so.json", "/goi-ho-so.pdf"}) {
            branch("/quan-tri/phan-anh/{clusterId}" + path, cluster);
        }
        for (String path : new String[] {"/xac-nhan", "/tach", "/chuyen"}) {
            branch("/quan-tri/phan-anh/bao-cao/{reportId}" + path, report);
        }
        Function<String, Object> screenshot = v -> other("screenshot", """
                SELECT min(s.id) FROM rpt_screenshot s JOIN rpt_report r ON r.id = s.report_id
                  JOIN org_unit u ON u.id = r.unit_id
                 WHERE u.path LIKE (SELECT path FROM org_unit WHERE id = %d) || '%%'""".formatted(branchUnit()));
        branch("/quan-tri/phan-anh/anh/{id}.jpg", screenshot);
        branch("/quan-tri/phan-anh/anh/{id}/nho.jpg", screenshot);

        Function<String, Object> reportJob = v -> other(
                "report job",
                "SELECT min(id) FROM stat_report_job"
                        + " WHERE requested_by <> (SELECT id FROM acc_user WHERE username = 'quanly')");
        branch("/quan-tri/thong-ke/bao-cao/{id}", reportJob);
        branch("/quan-tri/thong-ke/bao-cao/{id}/tep", reportJob);
        Function<String, Object> account = v -> other("account", "SELECT id FROM acc_user WHERE username = 'quantri'");
        branch("/quan-tri/tai-khoan/{id}", account);
        branch("/quan-tri/tai-khoan/{id}/moi-lai", account);
        branch("/quan-tri/tai-khoan/{id}/trang-thai", account);
        branch("/quan-tri/thong-bao/{id}/gui-lai", v -> other("delivery", "SELECT min(id) FROM ntf_delivery"));

        // The province's own: the newsroom's articles and categories, the official sources.
        Function<String, Object> article = v -> switch (v) {
            case "action" -> "submit";
            case "number", "direction" -> v.equals("number") ? 1 : "len";
            default -> other("article", "SELECT min(id) FROM news_article");
        };
        for (String path : new String[] {"", "/{action}", "/phien-ban", "/phien-ban/{number}/khoi-phuc"}) {
            province("/quan-tri/bai-viet/{id}" + path, article);
        }
        province("/api/v1/articles/{id}", article);
        province("/api/v1/articles/{id}/{action}", article);
        Function<String, Object> category =
                v -> v.equals("direction") ? "len" : other("category", "SELECT min(id) FROM news_category");
        province("/quan-tri/bai-viet/chuyen-muc/{id}", category);
        province("/quan-tri/bai-viet/chuyen-muc/{id}/{direction}", category);
        Function<String, Object> source = v -> other("source", "SELECT min(id) FROM lnk_source");
        province("/quan-tri/nguon-chinh-thong/{id}", source);
        province("/quan-tri/nguon-chinh-thong/{id}/trang-thai", source);
    }

    /**
     * A campaign and a directive of Hùng Hòa's own, sent to Hùng Hòa only (the demo's come from
     * the province), made once.
     */
    private void ownThings() {
        String title = "Ma trận phạm vi – Hùng Hòa";
        if (jdbc.sql("SELECT count(*) FROM shr_directive WHERE title = ?")
                        .param(title)
                        .query(Long.class)
                        .single()
                == 0) {
            long directive =
                    jdbc.sql("""
                    INSERT INTO shr_directive (title, body, owner_unit_id, created_by, created_at)
                    VALUES (?, 'Chỉ gửi Hùng Hòa.', ?, 0, now()) RETURNING id""").params(title, branchUnit()).query(Long.class).single();
            jdbc.sql("INSERT INTO shr_directive_target (directive_id, unit_id) VALUES (?, ?)")
                    .params(directive, branchUnit())
                    .update();
        }
        if (jdbc.sql("SELECT count(*) FROM shr_campaign WHERE title = ?")
                        .param(title)
                        .query(Long.class)
                        .single()
                == 0) {
            long campaign =
                    jdbc.sql("""
                    INSERT INTO shr_campaign (title, topic_id, owner_unit_id, created_by, starts_at, ends_at, announced_at)
                    VALUES (?, (SELECT min(id) FROM shr_topic), ?, 0, now() - interval '1 day', now() + interval '30 days', now())
                    RETURNING id""").params(title, branchUnit()).query(Long.class).single();
            jdbc.sql("INSERT INTO shr_campaign_target (campaign_id, unit_id) VALUES (?, ?)")
                    .params(campaign, branchUnit())
                    .update();
        }
    }

    private void branch(String template, Function<String, Object> values) {
        fills.put(template, new Fill(true, values));
    }

    private void province(String template, Function<String, Object> values) {
        fills.put(template, new Fill(false, values));
    }

    boolean knows(String template) {
        return fills.containsKey(template);
    }

    boolean branchOwned(String template) {
        return fills.get(template).branchOwned();
    }

    boolean openToMembers(String endpoint) {
        return OPEN_TO_MEMBERS.contains(endpoint);
    }

    boolean isPublic(String endpoint) {
        return PUBLIC.contains(endpoint);
    }

    String id(String template, String variable) {
        Fill fill = fills.get(template);
        if (fill == null) {
            return "1";
        }
        return String.valueOf(fill.values().apply(variable));
    }

    /** Đảng ủy xã Hùng Hòa: a commune outside the demo unit manager's Tiểu Cần. */
    long branchUnit() {
        return (Long) cache.computeIfAbsent(
                "unit",
                k -> jdbc.sql("SELECT id FROM org_unit WHERE name = ?")
                        .param("Đảng ủy xã Hùng Hòa")
                        .query(Long.class)
                        .single());
    }

    /** Something of another person's, or 0 (nobody's: still refused) when the demo has none. */
    private Object other(String what, String sql) {
        return cache.computeIfAbsent(
                what, k -> jdbc.sql(sql).query(Long.class).optional().orElse(0L));
    }

    private Object one(String what, String sql, Object... params) {
        return cache.computeIfAbsent(what, k -> {
            Long id = jdbc.sql(sql).params(params).query(Long.class).optional().orElse(null);
            if (id == null) {
                throw new IllegalStateException(
                        "the demo has no " + what + " of the other branch for the scope matrix");
            }
            return id;
        });
    }
}
