package vn.lantoa.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.sharing.ActionFact;
import vn.lantoa.sharing.ActionFacts;
import vn.lantoa.sharing.ActionKind;
import vn.lantoa.sharing.ActionState;

/** {@link ActionFacts} on its view ({@code shr_action}, with the topic of each action's campaign). */
@Component
class JdbcActionFacts implements ActionFacts {

    private static final String SELECT = "SELECT action_id, kind, member_id, unit_id, campaign_id, topic_id, platform,"
            + " source_name, article_official, state, at FROM " + VIEW;

    private final JdbcClient jdbc;

    JdbcActionFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ActionFact> find(long actionId) {
        return jdbc.sql(SELECT + " WHERE action_id = ?")
                .param(actionId)
                .query(JdbcActionFacts::fact)
                .optional();
    }

    @Override
    public boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM shr_action)")
                .query(Boolean.class)
                .single();
    }

    @Override
    public Map<Long, String> topics() {
        Map<Long, String> topics = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name FROM shr_topic ORDER BY sort_order, id")
                .query((rs, n) -> topics.put(rs.getLong(1), rs.getString(2)))
                .list();
        return topics;
    }

    private static ActionFact fact(ResultSet rs, int n) throws SQLException {
        return new ActionFact(
                rs.getLong(1),
                ActionKind.valueOf(rs.getString(2)),
                rs.getLong(3),
                rs.getLong(4),
                rs.getObject(5, Long.class),
                rs.getObject(6, Long.class),
                rs.getString(7),
                rs.getString(8),
                rs.getBoolean(9),
                ActionState.valueOf(rs.getString(10)),
                rs.getTimestamp(11).toInstant());
    }
}
