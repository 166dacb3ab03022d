package vn.lantoa.statistics.internal.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;

/**
 * Reports made in the background, one at a time per unit, period and format across every node: the
 * running job is a row that a partial unique index keeps single, so a second request joins it. The
 * row carries the progress, so the bar works whichever node answers the poll, and the finished file
 * until it expires. A job whose node stopped beating is given up after {@code stale-after}.
 */
@Service
public class ReportJobs {

    private static final Logger log = LoggerFactory.getLogger(ReportJobs.class);
    private static final String COLUMNS = """
            id, unit_id, period_kind, period_from, period_to, format, status, step, steps, requested_by,
            requested_at, finished_at, file_name""";

    private final JdbcClient jdbc;
    private final ReportAccess access;
    private final ReportMaker maker;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration retention;
    private final Duration staleAfter;

    ReportJobs(
            JdbcClient jdbc,
            ReportAccess access,
            ReportMaker maker,
            UnitDirectory units,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${lantoa.statistics.report.retention:24h}") Duration retention,
            @Value("${lantoa.statistics.report.stale-after:10m}") Duration staleAfter) {
        this.jdbc = jdbc;
        this.access = access;
        this.maker = maker;
        this.units = units;
        this.events = events;
        this.clock = clock;
        this.retention = retention;
        this.staleAfter = staleAfter;
    }

    /**
     * The job making this report: the one already running for the same unit, period and format if
     * there is one (on any node), else a new one started now.
     */
    public ReportJob request(CurrentUser user, ReportRequest request) {
        access.requireUnit(user, request.unitId());
        for (int attempt = 0; attempt < 5; attempt++) {
            giveUpStale();
            Instant now = clock.instant();
            Optional<Long> created = jdbc.sql("""
                            INSERT INTO stat_report_job (unit_id, period_kind, period_from, period_to, format, status,
                                step, steps, requested_by, requested_at, heartbeat_at)
                            VALUES (?, ?, ?, ?, ?, 'RUNNING', 0, ?, ?, ?, ?)
                            ON CONFLICT (unit_id, period_from, period_to, format) WHERE status = 'RUNNING'
                            DO NOTHING RETURNING id""")
                    .params(
                            request.unitId(),
                            request.period().kind().name(),
                            request.period().from(),
                            request.period().to(),
                            request.format().name(),
                            ReportMaker.STEPS,
                            user.id(),
                            at(now),
                            at(now))
                    .query(Long.class)
                    .optional();
            if (created.isPresent()) {
                long id = created.get();
                Thread.ofVirtual()
                        .name("statistics-report-" + id)
                        .start(new DelegatingSecurityContextRunnable(() -> run(id, user, request)));
                return find(id).orElseThrow();
            }
            Optional<ReportJob> running = jdbc.sql("SELECT " + COLUMNS + """
                             FROM stat_report_job
                            WHERE unit_id = ? AND period_from = ? AND period_to = ? AND format = ? AND status = 'RUNNING'""")
                    .params(
                            request.unitId(),
                            request.period().from(),
                            request.period().to(),
                            request.format().name())
                    .query(ReportJobs::job)
                    .optional();
            if (running.isPresent()) {
                return running.get();
            }
            // it finished between the two statements: try again
        }
        throw new IllegalStateException("Could not start or join the report job");
    }

    /** The job, for a user who may see its unit; empty otherwise (the page answers 404). */
    public Optional<ReportJob> job(CurrentUser user, long id) {
        return find(id).filter(j -> access.mayReport(user) && units.visibleTo(user, j.unitId()));
    }

    /** The finished file, audited as an export; empty while running, after a failure or once expired. */
    public Optional<ReportFile> download(CurrentUser user, long id) {
        Optional<ReportJob> job = job(user, id).filter(ReportJob::done);
        if (job.isEmpty()) {
            return Optional.empty();
        }
        Optional<byte[]> content = jdbc.sql("SELECT content FROM stat_report_job WHERE id = ? AND content IS NOT NULL")
                .param(id)
                .query((rs, n) -> rs.getBytes(1))
                .optional();
        content.ifPresent(bytes -> events.publishEvent(AuditEvent.of(
                "statistics.report.export",
                "unit",
                job.get().unitId(),
                job.get().format().extension() + " " + job.get().from() + " – "
                        + job.get().to())));
        return content.map(
                bytes -> new ReportFile(job.get().fileName(), job.get().format(), bytes));
    }

    /** A finished report's file. */
    public record ReportFile(String name, ReportFormat format, byte[] content) {}

    void run(long id, CurrentUser user, ReportRequest request) {
        try {
            ReportMaker.Made made = maker.make(user, request, step -> progress(id, step));
            jdbc.sql("""
                            UPDATE stat_report_job SET status = 'DONE', step = steps, content = ?, file_name = ?,
                                finished_at = ?, heartbeat_at = ? WHERE id = ? AND status = 'RUNNING'""")
                    .params(made.content(), made.fileName(), at(clock.instant()), at(clock.instant()), id)
                    .update();
        } catch (RuntimeException e) {
            log.error("Report job {} failed", id, e);
            jdbc.sql(
                            "UPDATE stat_report_job SET status = 'FAILED', finished_at = ? WHERE id = ? AND status = 'RUNNING'")
                    .params(at(clock.instant()), id)
                    .update();
        }
    }

    private void progress(long id, int step) {
        jdbc.sql("UPDATE stat_report_job SET step = ?, heartbeat_at = ? WHERE id = ? AND status = 'RUNNING'")
                .params(step, at(clock.instant()), id)
                .update();
    }

    /** Finished reports past their time are deleted; a running one that stopped beating is given up. */
    @Scheduled(fixedDelayString = "${lantoa.statistics.report.cleanup-interval:10m}", initialDelayString = "1m")
    public void cleanUp() {
        giveUpStale();
        int deleted = jdbc.sql("DELETE FROM stat_report_job WHERE status <> 'RUNNING' AND finished_at < ?")
                .param(at(clock.instant().minus(retention)))
                .update();
        if (deleted > 0) {
            log.info("Deleted {} expired report files", deleted);
        }
    }

    private void giveUpStale() {
        Instant now = clock.instant();
        jdbc.sql(
                        "UPDATE stat_report_job SET status = 'FAILED', finished_at = ? WHERE status = 'RUNNING' AND heartbeat_at < ?")
                .params(at(now), at(now.minus(staleAfter)))
                .update();
    }

    private Optional<ReportJob> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM stat_report_job WHERE id = ?")
                .param(id)
                .query(ReportJobs::job)
                .optional();
    }

    private static ReportJob job(ResultSet rs, int n) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ReportJob(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getString("period_kind"),
                rs.getObject("period_from", java.time.LocalDate.class),
                rs.getObject("period_to", java.time.LocalDate.class),
                ReportFormat.valueOf(rs.getString("format")),
                rs.getString("status"),
                rs.getInt("step"),
                rs.getInt("steps"),
                rs.getLong("requested_by"),
                rs.getTimestamp("requested_at").toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getString("file_name"));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
