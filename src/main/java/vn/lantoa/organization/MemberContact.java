package vn.lantoa.organization;

/**
 * How a member can be told something outside the member area: the e-mail address and phone of
 * their record, each {@code null} when unknown, and whether their record has the date they agreed
 * to be contacted ({@code consented}). Only for delivering messages to the member; never shown to
 * other people.
 */
public record MemberContact(MemberId id, String email, String phone, boolean active, boolean consented) {}
