package vn.lantoa.sharing;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A read-only view of the logged actions for the statistics module (which never reads our tables). */
public interface ActionFacts {

    Optional<ActionFact> find(long actionId);

    /** Up to {@code limit} actions with an id above {@code afterId}, by id: pages of a full read. */
    List<ActionFact> after(long afterId, int limit);

    /** The campaign topics: id → name. */
    Map<Long, String> topics();
}
