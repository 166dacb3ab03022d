package vn.lantoa.reports.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What goes to the competent authority about one cluster (JSON field names are the record
 * components' names and stay stable; format {@code lantoa.forward-package/1}). Times are ISO-8601
 * with the Vietnam offset. Never holds a reporter's contact or anything about the author of the
 * reported content.
 *
 * @param firstSeen the first report of the cluster
 * @param lastSeen the latest report of the cluster
 * @param screenshots the reports' screenshots (re-encoded JPEG without metadata), base64
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ForwardPackage(
        String format,
        long clusterId,
        String generatedAt,
        String status,
        Category category,
        Claim claim,
        String firstSeen,
        String lastSeen,
        Reporters reporters,
        List<Link> links,
        List<ReportText> reports,
        List<Screenshot> screenshots,
        List<Forwarded> forwarded) {

    public static final String FORMAT = "lantoa.forward-package/1";

    public record Category(String code, String label) {}

    /** @param refutationUrl the published answer on our site, or null */
    public record Claim(String statement, String verdict, String vafcLabel, String refutationUrl) {}

    /**
     * How many people reported it. {@code independent}: distinct members plus distinct contacts
     * (e-mail or phone) left by public reporters, each person once. {@code withoutContact}: public
     * reports that left no contact; they are not counted as independent reporters because one person
     * may have sent several. {@code reports}: all reports of the cluster.
     */
    public record Reporters(int independent, int withoutContact, int reports, String countingRule) {}

    /**
     * @param url the canonical form
     * @param lastOutcome REACHABLE, REMOVED, ERROR or REFUSED of the latest re-check, null before any
     * @param removedAt when the link was first seen removed, or null
     * @param hoursToRemoval from the link's first report to {@code removedAt}, or null
     */
    public record Link(
            String url,
            String firstSeen,
            String lastSeen,
            int reports,
            String lastOutcome,
            String lastCheckedAt,
            String removedAt,
            Long hoursToRemoval) {}

    public record ReportText(String trackingCode, String receivedAt, String category, String text) {}

    public record Forwarded(String recipient, String at) {}

    /** @param base64 the JPEG, base64-encoded (RFC 4648) */
    public record Screenshot(String trackingCode, String mediaType, int width, int height, String base64) {}
}
