package vn.lantoa.reports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.lantoa.newsroom.ArticleCard;
import vn.lantoa.newsroom.ArticleCatalog;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.DemoDataContributor;
import vn.lantoa.platform.Role;

/**
 * Demo claims (fictional) from {@code reports/demo-claims.tsv}: verdict, category, statement; three
 * public reports waiting in the triage queue; and one case already answered: a member's report of a
 * land rumour, refuted by the demo article on it (REFUTED, with its ClaimReview, and the member told
 * in her inbox).
 */
@Component
class ReportsDemoData implements DemoDataContributor {

    private final ClaimQueries claims;
    private final ReportFiling filing;
    private final Refutations refutations;
    private final ArticleCatalog articles;

    ReportsDemoData(ClaimQueries claims, ReportFiling filing, Refutations refutations, ArticleCatalog articles) {
        this.claims = claims;
        this.filing = filing;
        this.refutations = refutations;
        this.articles = articles;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public void contribute(DemoContext context) {
        String text;
        try {
            text = new ClassPathResource("reports/demo-claims.tsv").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        text.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(line -> {
            String[] f = line.split("\t");
            claims.insert(f[2], Verdict.valueOf(f[0]), f[1], null);
        });
        // Three public reports for the triage queue: two about variants of one link, one near duplicate.
        Reporter reporter = Reporter.anonymous("demo");
        filing.store(
                demo(
                        "Trang này nói sổ đỏ cấp trước năm 2000 sẽ hết giá trị, phải nộp 5 triệu để làm lại",
                        "https://www.facebook.com/story.php?story_fbid=1000&id=200"),
                reporter,
                null,
                "distortion");
        filing.store(
                demo(
                        "Bài đăng bảo sổ đỏ cũ hết hạn, ai không làm lại trước Tết sẽ mất đất",
                        "https://m.facebook.com/story.php?story_fbid=1000&id=200&mibextid=Nif5oz"),
                reporter,
                null,
                "distortion");
        filing.store(
                demo("nghe noi so do cap truoc nam 2000 se het gia tri, phai nop 5 trieu de lam lai so moi"),
                reporter,
                null,
                "distortion");
        refutedCase(context);
    }

    private void refutedCase(DemoContext context) {
        Long article = articles.latest(50).stream()
                .filter(a -> a.title().contains("thu hồi đất nông nghiệp"))
                .map(ArticleCard::id)
                .findFirst()
                .orElse(null);
        if (article == null) {
            return;
        }
        CurrentUser lan = new CurrentUser(
                context.get("user.thanhvien", Long.class),
                "thanhvien",
                "Nguyễn Thị Lan",
                Set.of(Role.MEMBER),
                context.get("unit.tieuCan", Long.class),
                context.get("member.lan", Long.class));
        ReportFiling.Filed filed = filing.store(
                demo(
                        "Nhóm Facebook đăng tin xã Hùng Hòa sắp thu hồi toàn bộ đất nông nghiệp giao cho doanh nghiệp,"
                                + " người dân không được bồi thường",
                        "https://www.facebook.com/groups/chuyenlangque/posts/889900112233"),
                Reporter.signedIn(lan),
                null,
                "distortion");
        CurrentUser handler = new CurrentUser(
                context.get("user.xuly", Long.class),
                "xuly",
                "Phạm Thị Xử (xử lý phản ánh)",
                Set.of(Role.HANDLER),
                context.get("unit.root", Long.class),
                null);
        refutations.linkArticle(
                filed.clusterId(),
                article,
                Verdict.FALSE.name(),
                "Xã Hùng Hòa sắp thu hồi toàn bộ đất nông nghiệp giao cho doanh nghiệp, không bồi thường",
                handler);
    }

    private static ReportSubmission demo(String content, String... links) {
        return new ReportSubmission(content, List.of(links), "distortion", null, null, null, false, null);
    }
}
