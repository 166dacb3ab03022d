package vn.lantoa.reports.internal;

import java.util.List;

/**
 * A report as a form or the API sends it, not yet checked.
 *
 * @param links the links as pasted, blanks ignored
 * @param screenshot the bytes of an optional image, {@code null} or empty for none
 * @param contactEmail optional, public reporters only, kept only to tell them the outcome
 * @param contactPhone optional, likewise
 * @param contactConsent whether the reporter agreed to that use of the contact
 * @param idempotencyKey the client's key: the same key from the same reporter files once
 */
public record ReportSubmission(
        String content,
        List<String> links,
        String category,
        byte[] screenshot,
        String contactEmail,
        String contactPhone,
        boolean contactConsent,
        String idempotencyKey) {

    public ReportSubmission {
        links = links == null
                ? List.of()
                : links.stream()
                        .filter(l -> l != null && !l.isBlank())
                        .map(String::strip)
                        .toList();
    }
}
