package vn.lantoa.organization.internal;

import java.io.InputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.NotFoundException;

/**
 * Imports a member spreadsheet in the background: every row is checked first; any error and
 * nothing is written (the job lists every bad cell); otherwise all rows go in one transaction.
 * The job row carries the progress, so the bar works whichever node answers the poll.
 */
@Service
public class MemberImport {

    private static final Logger log = LoggerFactory.getLogger(MemberImport.class);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final MemberImportValidator validator;
    private final TransactionTemplate writeTx;
    private final TransactionTemplate progressTx;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final ImportMetrics metrics;

    MemberImport(
            JdbcClient jdbc,
            JdbcTemplate template,
            MemberImportValidator validator,
            PlatformTransactionManager tx,
            ApplicationEventPublisher events,
            Clock clock,
            ImportMetrics metrics) {
        this.metrics = metrics;
        this.jdbc = jdbc;
        this.template = template;
        this.validator = validator;
        this.writeTx = new TransactionTemplate(tx);
        this.progressTx = new TransactionTemplate(tx);
        this.progressTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.clock = clock;
    }

    /** Reads the file now (a bad file fails at once) and checks and writes it in the background. */
    public long start(CurrentUser user, InputStream file) {
        List<ImportSheet.Line> lines = MemberSheet.read(file);
        long job = jdbc.sql("INSERT INTO org_import_job (user_id, status, total) VALUES (?, 'RUNNING', ?) RETURNING id")
                .params(user.id(), lines.size() * 2)
                .query(Long.class)
                .single();
        Thread.ofVirtual()
                .name("member-import-" + job)
                .start(new DelegatingSecurityContextRunnable(() -> run(job, user, lines)));
        return job;
    }

    /** The job, only for the user who started it (others get 404). */
    public ImportJob job(CurrentUser user, long id) {
        return jdbc.sql(
                        "SELECT id, user_id, status, total, processed, written, errors FROM org_import_job WHERE id = ?")
                .param(id)
                .query((rs, n) -> new ImportJob(
                        rs.getLong("id"),
                        rs.getLong("user_id"),
                        rs.getString("status"),
                        rs.getInt("total"),
                        rs.getInt("processed"),
                        rs.getInt("written"),
                        decode(rs.getString("errors"))))
                .optional()
                .filter(j -> j.userId() == user.id())
                .orElseThrow(() -> new NotFoundException());
    }

    void run(long job, CurrentUser user, List<ImportSheet.Line> lines) {
        try {
            MemberImportValidator.Result result = validator.validate(user, lines, done -> progress(job, done, 0));
            if (!result.errors().isEmpty()) {
                finish(job, "FAILED", lines.size(), 0, result.errors());
                metrics.failed(ImportMetrics.Kind.MEMBER, result.errors());
                return;
            }
            writeTx.executeWithoutResult(status -> write(job, result.members()));
            finish(job, "DONE", lines.size() * 2, lines.size(), List.of());
            metrics.done(ImportMetrics.Kind.MEMBER, lines.size());
        } catch (RuntimeException e) {
            log.error("Member import {} failed", job, e);
            finish(job, "FAILED", 0, 0, List.of(new ImportError(0, "", "organization.import.internal", null)));
            metrics.failed(ImportMetrics.Kind.MEMBER, List.of());
        }
    }

    private void write(long job, List<MemberImportValidator.NewMember> members) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (int from = 0; from < members.size(); from += BATCH) {
            List<Object[]> batch = new ArrayList<>();
            for (MemberImportValidator.NewMember m : members.subList(from, Math.min(members.size(), from + BATCH))) {
                batch.add(new Object[] {
                    m.unitId(),
                    m.kindId(),
                    m.fullName(),
                    m.phone(),
                    m.email(),
                    m.profileLinks(),
                    m.status(),
                    m.consent(),
                    now,
                    now
                });
            }
            template.batchUpdate("""
                    INSERT INTO org_member (unit_id, kind_id, full_name, phone, email, profile_links, status, consent_at,
                                            created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch);
            progress(job, members.size(), from + batch.size());
        }
        events.publishEvent(AuditEvent.of("member.import", "import", job, members.size() + " members"));
    }

    private void progress(long job, int validated, int written) {
        progressTx.executeWithoutResult(
                status -> jdbc.sql("UPDATE org_import_job SET processed = ?, updated_at = ? WHERE id = ?")
                        .params(validated + written, OffsetDateTime.now(clock), job)
                        .update());
    }

    private void finish(long job, String status, int processed, int written, List<ImportError> errors) {
        String encoded = errors.isEmpty()
                ? null
                : String.join("\n", errors.stream().map(ImportError::encode).toList());
        progressTx.executeWithoutResult(s -> jdbc.sql("""
                        UPDATE org_import_job SET status = ?, processed = ?, written = ?, errors = ?, updated_at = ?
                        WHERE id = ?""")
                .params(status, processed, written, encoded, OffsetDateTime.now(clock), job)
                .update());
    }

    private static List<ImportError> decode(String errors) {
        if (errors == null || errors.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(errors.split("\n")).map(ImportError::decode).toList();
    }
}
