package vn.lantoa.organization;

/** A sharing group ("nhóm chia sẻ thông tin tích cực"). */
public record GroupSummary(GroupId id, UnitId unitId, String name, String channel, String inviteLink) {}
