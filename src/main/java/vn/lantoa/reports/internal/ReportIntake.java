package vn.lantoa.reports.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.lantoa.reports.internal.matching.MatchConfidence;

/**
 * Takes in reports from the public form, the member area and the API: the flood limit per
 * address for the public, then the report with a tracking code, its cluster and the claims on file
 * it repeats. Stores the content as read, the links and the category, and who reported when it is
 * one of our users; nothing about the person who wrote the reported content, and no address of
 * the reporter (only a hash, for an hour's count).
 */
@Service
public class ReportIntake {

    /** Submissions allowed per address and hour. */
    public static final int PER_HOUR = 5;

    public static final int MIN_CONTENT = 10;
    public static final int MAX_CONTENT = 5000;
    public static final int MAX_LINK = 2000;
    public static final int MAX_LINKS = 10;

    /**
     * Confidence from which the best claim on file is shown to the reporter as a match, chosen on
     * the evaluation sets' dev splits for a precision of at least 0.95 (see BENCHMARKS.md).
     */
    public static final double SHOW_MATCH_FROM = MatchConfidence.SHOW_FROM;

    private final IntakeQueries queries;
    private final ReportFiling filing;
    private final ClaimMatching matching;
    private final List<String> categories;

    ReportIntake(IntakeQueries queries, ReportFiling filing, ClaimMatching matching, ReportsMetrics metrics) {
        this.queries = queries;
        this.filing = filing;
        this.matching = matching;
        this.categories = readCategories();
        metrics.categories(categories);
    }

    /** The category codes of the form, in order. */
    public List<String> categories() {
        return categories;
    }

    /** Counts one submission from the address; false once the hour's limit is passed. */
    public boolean allow(String address) {
        return queries.countSubmission(address == null ? "" : address) <= PER_HOUR;
    }

    /**
     * A retry of a submission already filed under the reporter's idempotency key, if any. The
     * public API looks for it before counting the submission against the flood limit.
     */
    public Optional<FiledReport> alreadyFiled(Reporter reporter, String idempotencyKey) {
        return scopedKey(reporter, idempotencyKey)
                .flatMap(queries::byIdempotencyKey)
                .map(known -> filed(known.trackingCode(), known.clusterId(), true));
    }

    /**
     * Files a report, all or nothing; a repeat with the same idempotency key answers the first
     * report again.
     *
     * @throws vn.lantoa.platform.InvalidInputException when something must be corrected
     */
    public FiledReport file(ReportSubmission submission, Reporter reporter) {
        String key = scopedKey(reporter, submission.idempotencyKey()).orElse(null);
        if (key != null) {
            Optional<FiledReport> known = alreadyFiled(reporter, submission.idempotencyKey());
            if (known.isPresent()) {
                return known.get();
            }
        }
        ReportFiling.Filed stored;
        try {
            stored = filing.store(
                    submission,
                    reporter,
                    key,
                    categories.contains(submission.category()) ? submission.category() : "other");
        } catch (DuplicateKeyException e) {
            // The same key filed concurrently: the other request won, answer its report.
            return alreadyFiled(reporter, submission.idempotencyKey()).orElseThrow(() -> e);
        }
        return new FiledReport(
                stored.trackingCode(), stored.clusterId(), matches(submission.content()), false, stored.joined());
    }

    /** The claims on file that the report with this code repeats, best first. */
    public Optional<List<SimilarClaim>> matchesFor(String trackingCode) {
        return queries.contentOf(trackingCode).map(this::matches);
    }

    /** Whether the report with this code joined a cluster that held other reports. */
    public boolean joinedOthers(String trackingCode) {
        return queries.joinedOthers(trackingCode);
    }

    private FiledReport filed(String code, Long clusterId, boolean repeated) {
        return new FiledReport(
                code,
                clusterId == null ? 0 : clusterId,
                matchesFor(code).orElse(List.of()),
                repeated,
                queries.joinedOthers(code));
    }

    private List<SimilarClaim> matches(String content) {
        // Only the best candidate, and only when confident: a reporter told "this has already been
        // verified" about a different claim is misled. Staff see the rest as possibly related.
        return matching.similar(content, 2).stream()
                .filter(c -> c.match() && c.verdict() != Verdict.ACCURATE)
                .toList();
    }

    private static Optional<String> scopedKey(Reporter reporter, String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        String clean = key.strip();
        if (clean.length() > 200) {
            throw new vn.lantoa.platform.InvalidInputException("reports.intake.error.key");
        }
        return Optional.of(
                reporter.isAnonymous()
                        ? "a:" + IntakeQueries.hash(reporter.address()) + ":" + clean
                        : "u:" + reporter.user().id() + ":" + clean);
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
