package vn.lantoa.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipationTotalTests {

    static ParticipationReport.Row row(String name, long... n) {
        return new ParticipationReport.Row(1, name, 1, n[0], n[1], n[2], n[3], n[4], n[5]);
    }

    @Test
    void theScopesTotalAddsUpTheUnitsAndIgnoresTheGroupsThatShareMembers() {
        ParticipationReport.Report report = new ParticipationReport.Report(
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30),
                List.of(
                        row("Xã", 1, 0, 0, 0, 0, 0),
                        row("Chi bộ", 12, 7, 20, 3, 9, 1),
                        row("Đoàn", 30, 11, 14, 6, 2, 0)),
                List.of(row("Nhóm Zalo", 40, 18, 34, 9, 11, 1)),
                List.of());

        ParticipationReport.Row total = report.total();

        assertThat(List.of(
                        total.members(),
                        total.activeMembers(),
                        total.sharesVerified(),
                        total.sharesSelfReported(),
                        total.rebuttalsVerified(),
                        total.rebuttalsSelfReported()))
                .containsExactly(43L, 18L, 34L, 9L, 11L, 1L);
    }
}
