package vn.lantoa.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.platform.VietnameseText;
import vn.lantoa.reports.internal.IntakeQueries;

/**
 * Takes in reports from the public form: the flood limit per address, then the report with a
 * tracking code. Stores the content as read, the link and the category; nothing about the person who
 * wrote the reported content, and no address of the reporter (only a hash, for an hour's count).
 */
@Service
public class ReportIntake {

    /** Submissions allowed per address and hour. */
    public static final int PER_HOUR = 5;

    public static final int MAX_CONTENT = 5000;
    public static final int MAX_LINK = 2000;

    /** Best score from which a claim on file is shown to the reporter as a match. */
    public static final double SHOW_MATCH_FROM = 0.15;

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();

    private final IntakeQueries queries;
    private final ClaimMatching matching;
    private final SecureRandom random = new SecureRandom();
    private final List<String> categories;

    ReportIntake(IntakeQueries queries, ClaimMatching matching) {
        this.queries = queries;
        this.matching = matching;
        this.categories = readCategories();
    }

    /** The category codes of the form, in order. */
    public List<String> categories() {
        return categories;
    }

    /** Counts one submission from the address; false once the hour's limit is passed. */
    public boolean allow(String address) {
        return queries.countSubmission(address == null ? "" : address) <= PER_HOUR;
    }

    /** Stores a report already validated by the caller; returns its tracking code. */
    @Transactional
    public String file(String content, String link, String category) {
        String code = "PA-" + randomCode();
        queries.insertReport(
                code,
                VietnameseText.nfc(content.strip()),
                link == null || link.isBlank() ? null : link.strip(),
                categories.contains(category) ? category : "other");
        return code;
    }

    /** The claims on file that the report with this code repeats, best first. */
    public Optional<List<SimilarClaim>> matchesFor(String trackingCode) {
        return queries.contentOf(trackingCode)
                .map(content -> matching.similar(content, 3).stream()
                        .filter(c -> c.score() >= SHOW_MATCH_FROM && c.verdict() != Verdict.ACCURATE)
                        .toList());
    }

    private String randomCode() {
        char[] out = new char[8];
        for (int i = 0; i < out.length; i++) {
            out[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(out);
    }

    private static List<String> readCategories() {
        try {
            return new ClassPathResource("reports/categories.txt")
                    .getContentAsString(StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
