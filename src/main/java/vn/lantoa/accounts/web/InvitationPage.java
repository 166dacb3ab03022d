package vn.lantoa.accounts.web;

/** View model of {@code accounts/invitation.jte}: set a password through a one-time link. */
public record InvitationPage(String token, String username, String errorKey, boolean done) {}
