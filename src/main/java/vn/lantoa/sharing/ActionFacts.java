package vn.lantoa.sharing;

import java.util.Map;
import java.util.Optional;

/** A read-only view of the logged actions for the statistics module (which never reads our tables). */
public interface ActionFacts {

    /**
     * The same facts as a SQL view, for reading all of them in one statement: columns {@code
     * action_id, kind, member_id, unit_id, campaign_id, topic_id, platform, source_name,
     * article_official, state, at} (as {@link ActionFact}, {@code at} a timestamptz). Read only;
     * its columns stay as they are.
     */
    String VIEW = "shr_action_fact";

    Optional<ActionFact> find(long actionId);

    /** Whether any action was logged. */
    boolean any();

    /** The campaign topics: id → name. */
    Map<Long, String> topics();
}
