package vn.lantoa.organization.web;

import vn.lantoa.organization.internal.ImportJob;

/** View model of {@code organization/import.jte} and its status fragment; {@code job} is null before an upload. */
public record ImportPage(ImportJob job, String errorKey) {}
