package vn.lantoa.reports.internal;

import static vn.lantoa.platform.PersonalData.at;
import static vn.lantoa.platform.PersonalData.text;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.PersonalData;

/** The reports a member or staff account filed; they stay after an erasure, tied to no name. */
@Component
@Order(40)
class ReportPersonalData implements PersonalData.Source {

    private final JdbcClient jdbc;

    ReportPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalData.Section> of(PersonalData.Subject subject) {
        List<List<String>> reports = jdbc.sql("""
                        SELECT created_at, tracking_code, link, content FROM rpt_report
                         WHERE reporter_member_id = ? OR reporter_user_id = ? ORDER BY created_at DESC""")
                .params(subject.memberId(), subject.userId())
                .query((rs, n) -> List.of(
                        at(rs.getTimestamp(1)), text(rs.getString(2)), text(rs.getString(3)), text(rs.getString(4))))
                .list();
        return List.of(new PersonalData.Section(
                "reports",
                "personalData.reports",
                List.of(
                        "personalData.reports.at",
                        "personalData.reports.code",
                        "personalData.reports.link",
                        "personalData.reports.content"),
                reports));
    }
}
