package vn.lantoa.visits.internal;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.visits.VisitCounts;

/** {@link VisitCounts} on the daily counter rows. */
@Component
class JdbcVisitCounts implements VisitCounts {

    private final JdbcClient jdbc;

    JdbcVisitCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long visits(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT coalesce(sum(visits), 0) FROM visits_day WHERE day BETWEEN ? AND ?")
                .params(from, to)
                .query(Long.class)
                .single();
    }
}
