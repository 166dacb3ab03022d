package vn.lantoa.statistics.web;

import vn.lantoa.statistics.internal.ParticipationReport;

/** View model of {@code statistics/participation.jte}. */
public record ParticipationPage(ParticipationReport.Report report, String from, String to, String error) {}
