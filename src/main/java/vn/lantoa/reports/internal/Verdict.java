package vn.lantoa.reports.internal;

/** The three labels of the national anti-fake-news centre (VAFC, tingia.gov.vn). */
public enum Verdict {
    FALSE("tin giả"),
    MISLEADING("tin sai sự thật"),
    ACCURATE("tin xác thực");

    private final String vafcLabel;

    Verdict(String vafcLabel) {
        this.vafcLabel = vafcLabel;
    }

    /** The label as VAFC prints it. */
    public String vafcLabel() {
        return vafcLabel;
    }
}
