package vn.lantoa.platform.web;

/** View model of {@code platform/too-many.jte}: why the request must wait, and for how many seconds. */
public record TooManyRequestsPage(String message, long retryAfterSeconds) {}
