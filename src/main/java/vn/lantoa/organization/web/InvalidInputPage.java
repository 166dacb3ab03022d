package vn.lantoa.organization.web;

/** View model of {@code organization/invalid.jte}: why the input was refused. */
public record InvalidInputPage(String messageKey, String back) {}
