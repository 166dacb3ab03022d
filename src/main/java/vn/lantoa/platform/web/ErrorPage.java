package vn.lantoa.platform.web;

/**
 * View model of {@code platform/error.jte}: the status, the key of its title and general text,
 * and the reason a module gave (shown instead of the general text when there is one).
 */
public record ErrorPage(int status, String messageKey, String detail, String correlationId) {}
