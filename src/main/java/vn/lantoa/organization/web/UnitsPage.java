package vn.lantoa.organization.web;

import java.util.List;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.organization.internal.Kind;

/** View model of {@code organization/units.jte}. */
public record UnitsPage(List<UnitSummary> units, List<Kind> kinds, boolean admin) {}
