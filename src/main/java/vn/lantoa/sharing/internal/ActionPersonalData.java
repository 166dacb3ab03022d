package vn.lantoa.sharing.internal;

import static vn.lantoa.platform.PersonalData.at;
import static vn.lantoa.platform.PersonalData.text;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.PersonalData;

/**
 * The shares and rebuttals a member logged. Erasing keeps them (the unit's figures stand) and drops
 * the rebuttal texts, the member's own words; the links stay, as the record of public posts that
 * were counted, tied only to the erased record.
 */
@Component
@Order(30)
class ActionPersonalData implements PersonalData.Source {

    private final JdbcClient jdbc;

    ActionPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalData.Section> of(PersonalData.Subject subject) {
        if (subject.memberId() == null) {
            return List.of();
        }
        List<List<String>> actions = jdbc.sql("""
                        SELECT created_at, kind, platform, post_url, article_url, rebuttal_text, state
                          FROM shr_action WHERE member_id = ? ORDER BY created_at DESC""")
                .param(subject.memberId())
                .query((rs, n) -> List.of(
                        at(rs.getTimestamp(1)),
                        text(rs.getString(2)),
                        text(rs.getString(3)),
                        text(rs.getString(4)),
                        text(rs.getString(5)),
                        text(rs.getString(6)),
                        text(rs.getString(7))))
                .list();
        return List.of(new PersonalData.Section(
                "actions",
                "personalData.actions",
                List.of(
                        "personalData.actions.at",
                        "personalData.actions.kind",
                        "personalData.actions.platform",
                        "personalData.actions.post",
                        "personalData.actions.article",
                        "personalData.actions.text",
                        "personalData.actions.state"),
                actions));
    }

    @Override
    public int erase(PersonalData.Subject subject) {
        if (subject.memberId() == null) {
            return 0;
        }
        return jdbc.sql("UPDATE shr_action SET rebuttal_text = NULL WHERE member_id = ? AND rebuttal_text IS NOT NULL")
                .param(subject.memberId())
                .update();
    }
}
