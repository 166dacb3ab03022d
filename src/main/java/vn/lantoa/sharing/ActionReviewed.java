package vn.lantoa.sharing;

import java.time.Instant;

/** A unit manager confirmed ({@code VERIFIED}) or rejected a logged action. */
public record ActionReviewed(long actionId, ActionState from, ActionState to, Instant at) {}
