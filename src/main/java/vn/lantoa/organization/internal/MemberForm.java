package vn.lantoa.organization.internal;

/** What the member form posts; every field is checked by {@link MemberAdmin}. */
public record MemberForm(
        String fullName,
        Long unitId,
        Long kindId,
        String phone,
        String email,
        String profileLinks,
        String status,
        String consentDate) {}
