package vn.lantoa.sharing.web;

import java.util.List;
import vn.lantoa.sharing.ActionState;
import vn.lantoa.sharing.internal.ActionReview;

/** View model of {@code sharing/admin-review.jte}: the queue of logged actions to sample. */
public record ReviewPage(List<ActionReview.Row> rows, ActionState state, int page, boolean hasNext, String error) {}
