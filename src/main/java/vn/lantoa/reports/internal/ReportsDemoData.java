package vn.lantoa.reports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.DemoDataContributor;
import vn.lantoa.reports.Verdict;

/** Demo claims (fictional) from {@code reports/demo-claims.tsv}: verdict, category, statement. */
@Component
class ReportsDemoData implements DemoDataContributor {

    private final ClaimQueries claims;

    ReportsDemoData(ClaimQueries claims) {
        this.claims = claims;
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
    }
}
