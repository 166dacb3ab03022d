package vn.lantoa.platform.web;

/** View model of {@code platform/error.jte}. */
public record ErrorPage(int status, String messageKey, String correlationId) {}
