package vn.lantoa.sharing;

import java.util.List;

/**
 * A directive ("văn bản chỉ đạo") was sent to units; their managers are to acknowledge it, and its
 * {@code urgency} says whether the members' notices may come in their quiet hours.
 */
public record DirectiveSent(long directiveId, String title, List<Long> unitIds, DirectiveUrgency urgency) {}
