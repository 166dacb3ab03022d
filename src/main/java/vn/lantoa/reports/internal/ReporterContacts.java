package vn.lantoa.reports.internal;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who reported a cluster's reports, as far as they said: the member who filed it, or the e-mail
 * address or phone number a public reporter left. Used only to tell reporters the outcome and to
 * count independent reporters; never put into a forward package.
 *
 * <p>The one place that knows where contacts are stored: the member who filed a report, the staff
 * account that filed it, or the e-mail/phone a public reporter left with consent.
 */
@Repository
public class ReporterContacts {

    /**
     * One report's reporter; all null for a public report without contact.
     *
     * @param email trimmed, lower-case
     * @param phone digits and a leading +
     */
    public record Reporter(Long memberId, Long userId, String email, String phone) {

        public Reporter(Long memberId, String email, String phone) {
            this(memberId, null, email, phone);
        }

        public Reporter {
            email = email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
            phone = phone == null || phone.isBlank() ? null : phone.replaceAll("[^0-9+]", "");
            phone = phone == null || phone.isEmpty() ? null : phone;
        }

        /** Whether anything identifies the reporter. */
        public boolean identified() {
            return memberId != null || userId != null || email != null || phone != null;
        }

        /** One key per person as far as we can tell: the member, else the e-mail, else the phone. */
        public String identity() {
            if (memberId != null) {
                return "member:" + memberId;
            }
            if (userId != null) {
                return "user:" + userId;
            }
            if (email != null) {
                return "email:" + email;
            }
            return phone == null ? null : "phone:" + phone;
        }
    }

    /**
     * How many people reported a cluster: {@code independent} counts each member, staff account and
     * public contact once; {@code withoutContact} counts public reports that left none, apart,
     * because one person may have sent several of them.
     */
    public record Tally(int independent, int withoutContact) {}

    /** The one count of a cluster's reporters, for the case page and the forward package alike. */
    public Tally tally(long clusterId) {
        java.util.Set<String> people = new java.util.HashSet<>();
        int without = 0;
        for (Reporter r : of(clusterId)) {
            if (r.identified()) {
                people.add(r.identity());
            } else {
                without++;
            }
        }
        return new Tally(people.size(), without);
    }

    private final JdbcClient jdbc;

    ReporterContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry per confirmed report of the cluster, oldest first. */
    public List<Reporter> of(long clusterId) {
        return jdbc.sql("""
                SELECT reporter_member_id, reporter_user_id, contact_email, contact_phone FROM rpt_report
                WHERE cluster_id = ? AND cluster_state = 'CONFIRMED' ORDER BY created_at, id""")
                .param(clusterId)
                .query((rs, n) -> new Reporter(
                        rs.getObject("reporter_member_id", Long.class),
                        rs.getObject("reporter_user_id", Long.class),
                        rs.getString("contact_email"),
                        rs.getString("contact_phone")))
                .list();
    }
}
