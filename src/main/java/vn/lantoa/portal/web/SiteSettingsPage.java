package vn.lantoa.portal.web;

import java.util.List;

/** View model of {@code portal/settings.jte}. */
public record SiteSettingsPage(SiteSettingsForm form, List<String> errors, boolean saved) {}
