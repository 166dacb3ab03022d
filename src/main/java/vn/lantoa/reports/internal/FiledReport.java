package vn.lantoa.reports.internal;

import java.util.List;

/**
 * A report as filed: its tracking code, the cluster it joined and the claims on file it repeats.
 *
 * @param repeated whether this answers a retry with a key already used (nothing new was stored)
 * @param joined whether the cluster already held reports by others (same link or near-duplicate text)
 */
public record FiledReport(
        String trackingCode, long clusterId, List<SimilarClaim> matches, boolean repeated, boolean joined) {}
