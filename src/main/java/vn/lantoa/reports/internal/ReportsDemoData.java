package vn.lantoa.reports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.DemoDataContributor;
import vn.lantoa.reports.ReportSubmission;
import vn.lantoa.reports.Reporter;
import vn.lantoa.reports.Verdict;

/** Demo claims (fictional) from {@code reports/demo-claims.tsv}: verdict, category, statement. */
@Component
class ReportsDemoData implements DemoDataContributor {

    private final ClaimQueries claims;
    private final ReportFiling filing;

    ReportsDemoData(ClaimQueries claims, ReportFiling filing) {
        this.claims = claims;
        this.filing = filing;
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
    }

    private static ReportSubmission demo(String content, String... links) {
        return new ReportSubmission(content, List.of(links), "distortion", null, null, null, false, null);
    }
}
