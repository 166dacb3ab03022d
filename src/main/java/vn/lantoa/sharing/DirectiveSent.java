package vn.lantoa.sharing;

import java.util.List;

/** A directive ("văn bản chỉ đạo") was sent to units; their managers are to acknowledge it. */
public record DirectiveSent(long directiveId, String title, List<Long> unitIds) {}
