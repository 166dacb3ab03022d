package vn.lantoa.organization.web;

import java.util.List;
import vn.lantoa.organization.UnitSummary;

/** View model of {@code organization/unit.jte}: one unit and where it may move to. */
public record UnitPage(UnitSummary unit, List<UnitSummary> moveTargets) {}
