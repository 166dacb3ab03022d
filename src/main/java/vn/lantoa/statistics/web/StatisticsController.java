package vn.lantoa.statistics.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.NotSignedInException;
import vn.lantoa.platform.Zone;
import vn.lantoa.statistics.internal.Period;
import vn.lantoa.statistics.internal.PeriodKind;
import vn.lantoa.statistics.internal.StatisticsQueries;
import vn.lantoa.statistics.internal.UnitFigures;

/**
 * {@code /quan-tri/thong-ke}: the figures of a unit of the user's scope in a period. A plain GET
 * form (works without JavaScript); with htmx the same URL answers only the figures.
 */
@StatisticsReaders
@Controller
class StatisticsController {

    static final String FIGURES_ID = "lt-stat-figures";

    private final StatisticsQueries queries;
    private final MessageSource messages;
    private final Clock clock;

    StatisticsController(StatisticsQueries queries, MessageSource messages, Clock clock) {
        this.queries = queries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(StatisticsRoutes.STATISTICS)
    String statistics(
            @RequestParam(name = "don-vi", required = false) String unit,
            @RequestParam(name = "ky", required = false) String kind,
            @RequestParam(name = "ngay", required = false) String day,
            @RequestParam(name = "tu", required = false) String from,
            @RequestParam(name = "den", required = false) String to,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            jakarta.servlet.http.HttpServletRequest request,
            Model model) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new NotSignedInException());
        StatisticsForm form =
                StatisticsForm.read(unit, kind, day, from, to, LocalDate.now(clock.withZone(Zone.VIETNAM)));
        UnitSummary chosen = form.unitId() == null ? queries.home(user) : queries.unit(user, form.unitId());
        UnitFigures figures = queries.figures(user, chosen.id().value(), form.period());
        Locale locale = RequestContextUtils.getLocale(request);
        List<UnitSummary> choices = queries.choices(user);
        List<StatisticsPage.UnitLink> ancestors = new ArrayList<>();
        for (UnitSummary u : choices) {
            if (!u.id().equals(chosen.id()) && chosen.path().startsWith(u.path())) {
                ancestors.add(new StatisticsPage.UnitLink(u.name(), href(u.id().value(), form.period())));
            }
        }
        Period p = form.period();
        Period next = p.kind() == PeriodKind.CUSTOM
                ? Period.custom(p.to().plusDays(1), p.to().plusDays(p.days()))
                : Period.containing(p.kind(), p.to().plusDays(1));
        model.addAttribute(
                "page",
                new StatisticsPage(
                        figures,
                        form,
                        choices.stream()
                                .filter(u -> !u.closed() || u.id().equals(chosen.id()))
                                .map(u -> new StatisticsPage.UnitOption(u.id().value(), u.name(), u.depth()))
                                .toList(),
                        ancestors,
                        href(chosen.id().value(), p.previous()),
                        href(chosen.id().value(), next),
                        StatisticsCharts.of(figures, key -> messages.getMessage(key, null, key, locale))));
        return htmx != null ? "statistics/_figures" : "statistics/statistics";
    }

    /** The page of a unit in a period. */
    static String href(long unitId, Period period) {
        String base = StatisticsRoutes.STATISTICS + "?don-vi=" + unitId + "&ky="
                + period.kind().name();
        return period.kind() == PeriodKind.CUSTOM
                ? base + "&tu=" + StatisticsForm.DATE.format(period.from()) + "&den="
                        + StatisticsForm.DATE.format(period.to())
                : base + "&ngay=" + StatisticsForm.DATE.format(period.from());
    }
}
