package vn.lantoa.reports.internal;

/** Where a cluster of reports stands in triage. NEW and IN_VERIFICATION are open; the rest are outcomes. */
public enum ClusterStatus {
    NEW,
    IN_VERIFICATION,
    REFUTED,
    ACCURATE,
    NOT_ACTIONABLE,
    FORWARDED;

    /** Still to be handled: new reports may be suggested for it. */
    public boolean open() {
        return this == NEW || this == IN_VERIFICATION;
    }
}
