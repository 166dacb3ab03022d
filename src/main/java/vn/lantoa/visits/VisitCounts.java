package vn.lantoa.visits;

import java.time.LocalDate;

/** A read-only view of the portal's visit counts for the statistics module. */
public interface VisitCounts {

    /** Visits of the portal on the local days {@code from} to {@code to}, both included. */
    long visits(LocalDate from, LocalDate to);
}
