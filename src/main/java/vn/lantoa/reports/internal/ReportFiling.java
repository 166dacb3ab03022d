package vn.lantoa.reports.internal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;
import vn.lantoa.links.LinkCheck;
import vn.lantoa.links.LinkChecker;
import vn.lantoa.links.MalformedLinkException;
import vn.lantoa.newsroom.ImageRules;
import vn.lantoa.organization.MemberId;
import vn.lantoa.organization.MemberSummary;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.VietnameseText;
import vn.lantoa.reports.internal.clustering.Clustering;

/** Checks a submission and stores it, with its links, screenshot and cluster, in one transaction. */
@Service
public class ReportFiling {

    /** The stored report. */
    public record Filed(long reportId, String trackingCode, long clusterId, boolean joined) {}

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^(\\+84|0)[0-9]{8,10}$");

    private final IntakeQueries queries;
    private final Clustering clustering;
    private final LinkChecker links;
    private final UnitDirectory directory;
    private final DataSize screenshotMaxSize;
    private final AccountReportLimit accountLimit;
    private final ReportsMetrics metrics;
    private final SecureRandom random = new SecureRandom();

    ReportFiling(
            IntakeQueries queries,
            Clustering clustering,
            LinkChecker links,
            UnitDirectory directory,
            @Value("${lantoa.reports.screenshot.max-size:5MB}") DataSize screenshotMaxSize,
            AccountReportLimit accountLimit,
            ReportsMetrics metrics) {
        this.accountLimit = accountLimit;
        this.metrics = metrics;
        this.queries = queries;
        this.clustering = clustering;
        this.links = links;
        this.directory = directory;
        this.screenshotMaxSize = screenshotMaxSize;
    }

    @Transactional
    public Filed store(ReportSubmission s, Reporter reporter, String idempotencyKey, String category) {
        if (!reporter.isAnonymous()) {
            accountLimit.check(reporter.user());
        }
        String content =
                VietnameseText.nfc(s.content() == null ? "" : s.content().strip());
        if (content.length() < ReportIntake.MIN_CONTENT || content.length() > ReportIntake.MAX_CONTENT) {
            throw new InvalidInputException("reports.intake.error.content");
        }
        Map<String, LinkCheck> checked = checkLinks(s.links());
        String email = blankToNull(s.contactEmail());
        String phone =
                blankToNull(s.contactPhone() == null ? null : s.contactPhone().replaceAll("[\\s.-]", ""));
        if (!reporter.isAnonymous()) {
            // Members and staff are known to us; their outcome reaches them in the member area.
            email = null;
            phone = null;
        }
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw new InvalidInputException("reports.intake.error.email");
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new InvalidInputException("reports.intake.error.phone");
        }
        if ((email != null || phone != null) && !s.contactConsent()) {
            throw new InvalidInputException("reports.intake.error.consent");
        }
        ImageRules.CleanImage image = s.screenshot() == null || s.screenshot().length == 0
                ? null
                : ImageRules.clean(s.screenshot(), screenshotMaxSize);

        CurrentUser user = reporter.user();
        Long memberId = user == null ? null : user.memberId();
        Long unitId = user == null ? null : user.scopeUnitId();
        if (memberId != null) {
            unitId = directory
                    .member(new MemberId(memberId))
                    .map(MemberSummary::unitId)
                    .map(u -> u.value())
                    .orElse(unitId);
        }
        String code = "PA-" + randomCode();
        long id = queries.insertReport(new IntakeQueries.NewReport(
                code,
                content,
                category,
                user == null ? null : user.id(),
                memberId,
                unitId,
                email,
                phone,
                idempotencyKey));
        checked.forEach((canonical, link) ->
                queries.insertLink(id, link.input(), canonical, link.platform().name()));
        if (image != null) {
            queries.insertScreenshot(
                    id, image.sourceType(), image.width(), image.height(), image.jpeg(), image.thumbnail());
        }
        Clustering.Placement placement = clustering.place(id, content, List.copyOf(checked.keySet()), category);
        metrics.filed(
                category,
                !placement.existing()
                        ? ReportsMetrics.Placement.NEW_CASE
                        : Clustering.SUGGESTED.equals(placement.state())
                                ? ReportsMetrics.Placement.NEAR_DUPLICATE
                                : ReportsMetrics.Placement.SAME_LINK);
        return new Filed(id, code, placement.clusterId(), placement.existing());
    }

    /** The links by canonical form (variants of one link collapse), in the order given. */
    private Map<String, LinkCheck> checkLinks(List<String> pasted) {
        if (pasted.size() > ReportIntake.MAX_LINKS) {
            throw new InvalidInputException("reports.intake.error.tooManyLinks", ReportIntake.MAX_LINKS);
        }
        Map<String, LinkCheck> out = new LinkedHashMap<>();
        List<String> inputs = new ArrayList<>(pasted);
        for (int i = 0; i < inputs.size(); i++) {
            String raw = inputs.get(i);
            try {
                if (raw.length() > ReportIntake.MAX_LINK) {
                    throw MalformedLinkException.tooLong(ReportIntake.MAX_LINK);
                }
                LinkCheck check = links.check(raw);
                out.putIfAbsent(check.canonical(), check);
            } catch (MalformedLinkException e) {
                throw new InvalidInputException(
                        "reports.intake.error.link", i + 1, e); // e: the reason, read from its bundle
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private String randomCode() {
        char[] out = new char[8];
        for (int i = 0; i < out.length; i++) {
            out[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return new String(out);
    }
}
