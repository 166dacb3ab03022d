package vn.lantoa.organization.web;

import vn.lantoa.organization.internal.UnitImport;

/** View model of {@code organization/unit-import.jte}; {@code result} is null before an upload. */
public record UnitImportPage(UnitImport.Result result) {}
