package vn.lantoa.visits.web;

import java.util.List;

/** The data of the back-office chart: labels dd/MM/yyyy and the two series, day by day. */
public record VisitsChart(List<String> days, List<Long> visits, List<Long> pageViews) {}
