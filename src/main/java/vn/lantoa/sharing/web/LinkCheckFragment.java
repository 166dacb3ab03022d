package vn.lantoa.sharing.web;

/** View model of {@code sharing/_link-check.jte}: the live check under a pasted link. */
public record LinkCheckFragment(String canonical, String platform, boolean official, String sourceName, String error) {}
