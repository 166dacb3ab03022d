package vn.lantoa.organization.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.CurrentUser;

/** The unit tree of the user's scope as a spreadsheet (audited like every export). */
@Service
public class UnitExport {

    static final List<String> HEADERS =
            List.of("Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã đơn vị cấp trên", "Trạng thái");
    private final UnitAdmin units;
    private final ApplicationEventPublisher events;

    UnitExport(UnitAdmin units, ApplicationEventPublisher events) {
        this.units = units;
        this.events = events;
    }

    @Transactional
    public void export(CurrentUser user, OutputStream out) throws IOException {
        List<UnitSummary> list = units.list(user);
        events.publishEvent(AuditEvent.of("unit.export", "unit", null, list.size() + " units"));
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("Đơn vị");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                header.createCell(c).setCellValue(HEADERS.get(c));
            }
            int r = 1;
            for (UnitSummary u : list) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(u.id().value());
                row.createCell(1).setCellValue(u.name());
                row.createCell(2).setCellValue(u.kindName());
                if (u.parentId() != null) {
                    row.createCell(3).setCellValue(u.parentId().value());
                }
                row.createCell(4).setCellValue(u.closed() ? "Đã đóng" : "Đang hoạt động");
            }
            workbook.write(out);
        }
    }
}
