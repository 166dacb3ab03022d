package vn.lantoa.sharing.web;

import vn.lantoa.sharing.internal.ParticipationReport;

/** View model of {@code sharing/admin-participation.jte}. */
public record ParticipationPage(ParticipationReport.Report report, String from, String to, String error) {}
