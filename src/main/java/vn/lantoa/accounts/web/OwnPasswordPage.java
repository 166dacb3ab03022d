package vn.lantoa.accounts.web;

/** The change-password page: a refusal (with the wait when throttled), or done. */
public record OwnPasswordPage(String errorKey, long waitSeconds, boolean done, int otherSessionsEnded) {}
