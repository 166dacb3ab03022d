package vn.lantoa.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.platform.Role;

/** Member imports, good and bad, show in the import meters: rows imported or refused, imports done or failed. */
@LanToaIntegrationTest
class ImportMetricsTests {

    @Autowired
    MemberImport importer;

    @Autowired
    UnitAdmin units;

    @Autowired
    MeterRegistry registry;

    final CurrentUser admin = new CurrentUser(1, "test", "test", EnumSet.of(Role.ADMIN), null);
    String run;
    String unitName;

    @BeforeEach
    void unitOfThisRun() {
        run = UUID.randomUUID().toString().substring(0, 8);
        unitName = "Chi bộ đếm " + run;
        units.create(admin, null, units.kinds().getFirst().id(), unitName);
    }

    double count(String name, String outcome) {
        return registry.get(name)
                .tag("kind", "member")
                .tag("outcome", outcome)
                .counter()
                .count();
    }

    List<String> row(String name, String unit, String kind) {
        return List.of(name, unit, kind, "", "", "", "", "");
    }

    ImportJob runImport(List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MemberSheet.write(rows, out);
        long id = importer.start(admin, new ByteArrayInputStream(out.toByteArray()));
        return Awaitility.await("import " + id)
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> importer.job(admin, id), job -> !job.running());
    }

    @Test
    void aGoodFileCountsItsRowsAsImportedAndABadOneItsBadRowsAsRefused() throws Exception {
        double imported = count(ImportMetrics.ROWS, "imported");
        double refused = count(ImportMetrics.ROWS, "refused");
        double done = count(ImportMetrics.IMPORTS, "done");
        double failed = count(ImportMetrics.IMPORTS, "failed");

        ImportJob good = runImport(List.of(
                row("Người một " + run, unitName, "Đảng viên"),
                row("Người hai " + run, unitName, "Đảng viên"),
                row("Người ba " + run, unitName, "Đảng viên")));
        assertThat(good.status()).isEqualTo("DONE");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count(ImportMetrics.IMPORTS, "done") > done);
        assertThat(count(ImportMetrics.ROWS, "imported")).isEqualTo(imported + 3);

        ImportJob bad = runImport(List.of(
                row("Người tốt " + run, unitName, "Đảng viên"),
                row("", unitName, "Đảng viên"),
                row("Người sai " + run, "Không có đơn vị này " + run, "Không có loại này")));
        assertThat(bad.status()).isEqualTo("FAILED");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> count(ImportMetrics.IMPORTS, "failed") > failed);
        assertThat(count(ImportMetrics.ROWS, "refused")).isEqualTo(refused + 2);
        assertThat(count(ImportMetrics.ROWS, "imported")).isEqualTo(imported + 3);
        assertThat(count(ImportMetrics.IMPORTS, "done")).isEqualTo(done + 1);
    }
}
