package vn.lantoa.statistics.internal.report;

import java.time.Instant;
import java.time.LocalDate;

/** A report being made or made: what it is for, how far it got, and its file once done. */
public record ReportJob(
        long id,
        long unitId,
        String periodKind,
        LocalDate from,
        LocalDate to,
        ReportFormat format,
        String status,
        int step,
        int steps,
        long requestedBy,
        Instant requestedAt,
        Instant finishedAt,
        String fileName) {

    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";

    public boolean running() {
        return RUNNING.equals(status);
    }

    public boolean done() {
        return DONE.equals(status);
    }

    public boolean failed() {
        return FAILED.equals(status);
    }

    public int percent() {
        if (!running()) {
            return 100;
        }
        return steps <= 0 ? 0 : Math.min(99, step * 100 / steps);
    }
}
