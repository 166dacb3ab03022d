package vn.lantoa.organization.internal;

import java.time.LocalDate;

/** A member with personal data: read only through {@link MemberAdmin#detail}, which audits the read. */
public record MemberDetail(
        long id,
        long unitId,
        String unitName,
        long kindId,
        String kindName,
        String fullName,
        String phone,
        String email,
        String profileLinks,
        String status,
        LocalDate consentDate) {}
