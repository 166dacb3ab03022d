package vn.lantoa.statistics.internal.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.IntConsumer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.VietnameseText;
import vn.lantoa.platform.Zone;
import vn.lantoa.statistics.internal.StatisticsQueries;
import vn.lantoa.statistics.internal.UnitFigures;

/** Makes one report file: reads the figures and the signer, then writes the workbook or the document. */
@Component
class ReportMaker {

    /** Figures read, settings read, file written. */
    static final int STEPS = 3;

    private final StatisticsQueries figures;
    private final ReportSettingsStore settings;
    private final MessageSource messages;
    private final Clock clock;

    ReportMaker(StatisticsQueries figures, ReportSettingsStore settings, MessageSource messages, Clock clock) {
        this.figures = figures;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    record Made(String fileName, byte[] content) {}

    Made make(CurrentUser user, ReportRequest request, IntConsumer progress) {
        UnitFigures f = figures.figures(user, request.unitId(), request.period());
        progress.accept(1);
        ReportSettings s = settings.effective(request.unitId());
        progress.accept(2);
        ReportDocument document = new ReportDocument(
                f,
                s,
                LocalDate.now(clock.withZone(Zone.VIETNAM)),
                (key, args) -> messages.getMessage(key, args, key, Zone.VI));
        byte[] content = switch (request.format()) {
            case XLSX -> ReportWorkbook.render(document);
            case PDF -> ReportPdf.render(document);
        };
        progress.accept(3);
        String name = "bao-cao_" + VietnameseText.slug(f.unitName()) + "_"
                + request.period().from() + "_" + request.period().to() + "."
                + request.format().extension();
        return new Made(name, content);
    }
}
