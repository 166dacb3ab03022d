package vn.lantoa.platform.web;

import vn.lantoa.platform.CurrentUser;

/** View model of {@code platform/back-office-home.jte}. */
public record BackOfficeHomePage(CurrentUser user) {}
