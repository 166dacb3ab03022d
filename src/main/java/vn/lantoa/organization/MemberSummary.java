package vn.lantoa.organization;

/** A member without personal contact data: what other modules need to show who did something. */
public record MemberSummary(MemberId id, UnitId unitId, String fullName, String kindName, boolean active) {}
