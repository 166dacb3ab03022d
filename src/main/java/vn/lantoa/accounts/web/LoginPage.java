package vn.lantoa.accounts.web;

/** View model of {@code accounts/login.jte}. */
public record LoginPage(boolean failed, boolean loggedOut) {}
