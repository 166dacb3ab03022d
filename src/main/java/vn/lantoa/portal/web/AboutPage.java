package vn.lantoa.portal.web;

import vn.lantoa.portal.internal.SiteSettings;

/** View model of {@code portal/about.jte} (organisation) and {@code portal/contact.jte}. */
public record AboutPage(SiteSettings settings, Seo seo) {}
