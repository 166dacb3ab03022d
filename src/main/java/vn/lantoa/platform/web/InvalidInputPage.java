package vn.lantoa.platform.web;

/** View model of {@code platform/invalid.jte}: why the input was refused, and where to go back. */
public record InvalidInputPage(String message, String back) {}
