package vn.lantoa.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;

/**
 * Not part of {@code verify} (surefire runs only *Tests): the time a 10,000-row member import
 * takes end to end, against a bare JDBC batch insert of the same rows as the reference. Run with
 * {@code ./mvnw test -Dtest=MemberImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@LanToaIntegrationTest
class MemberImportBenchmark {

    static final int ROWS = 10_000;

    @Autowired
    MemberImport importer;

    @Autowired
    UnitAdmin units;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void tenThousandRows() throws Exception {
        CurrentUser admin = new CurrentUser(1, "bench", "bench", EnumSet.of(Role.ADMIN), null);
        long kind = units.kinds().getFirst().id();
        for (int round = 0; round < 3; round++) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            String unitName = "Đơn vị đo " + run;
            long unit = units.create(admin, null, kind, unitName).value();
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                rows.add(Arrays.asList(
                        "Thành viên " + i + " " + run,
                        unitName,
                        "Đảng viên",
                        "08" + String.format("%08d", i),
                        "tv" + i + "-" + run + "@example.vn",
                        null,
                        null,
                        "01/01/2026"));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MemberSheet.write(rows, out);
            long t0 = System.nanoTime();
            long id = importer.start(admin, new ByteArrayInputStream(out.toByteArray()));
            long parsed = System.nanoTime();
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofMinutes(10))
                    .pollInterval(java.time.Duration.ofMillis(5))
                    .until(() -> !importer.job(admin, id).running());
            ImportJob job = importer.job(admin, id);
            long done = System.nanoTime();
            assertThat(job.status()).isEqualTo("DONE");

            long memberKind = jdbc.queryForObject("SELECT min(id) FROM org_member_kind", Long.class);
            List<Object[]> batch = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                batch.add(new Object[] {unit, memberKind, "Tham chiếu " + i + " " + run, "07" + String.format("%08d", i)
                });
            }
            long r0 = System.nanoTime();
            jdbc.batchUpdate("INSERT INTO org_member (unit_id, kind_id, full_name, phone) VALUES (?, ?, ?, ?)", batch);
            long r1 = System.nanoTime();
            System.out.printf(
                    "BENCH round %d: file %d KB, parse %d ms, check+write %d ms, total %d ms; reference batch insert %d ms; ratio %.1f%n",
                    round,
                    out.size() / 1024,
                    (parsed - t0) / 1_000_000,
                    (done - parsed) / 1_000_000,
                    (done - t0) / 1_000_000,
                    (r1 - r0) / 1_000_000,
                    (double) (done - t0) / (r1 - r0));
        }
    }
}
