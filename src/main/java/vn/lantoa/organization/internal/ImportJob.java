package vn.lantoa.organization.internal;

import java.util.List;

/** The state of an import, read by the progress bar. */
public record ImportJob(
        long id, long userId, String status, int total, int processed, int written, List<ImportError> errors) {

    public int percent() {
        return total == 0 ? ("RUNNING".equals(status) ? 0 : 100) : Math.min(100, processed * 100 / total);
    }

    public boolean running() {
        return "RUNNING".equals(status);
    }

    public boolean failed() {
        return "FAILED".equals(status);
    }
}
