package vn.lantoa.sharing.web;

/** View model of {@code sharing/member-home.jte}. */
public record MemberHomePage(String displayName) {}
