package vn.lantoa.accounts.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.accounts.internal.AuditLog;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.Zone;

/** The audit log search, for admins only. */
@Controller
@vn.lantoa.platform.AdminOnly
class AuditController {

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping(AccountsRoutes.AUDIT)
    String search(
            @RequestParam(name = "nguoi", required = false) String username,
            @RequestParam(name = "hanh-dong", required = false) String action,
            @RequestParam(name = "doi-tuong", required = false) String target,
            @RequestParam(name = "tu", required = false) String from,
            @RequestParam(name = "den", required = false) String to,
            @RequestParam(name = "trang", defaultValue = "1") int page,
            Model model) {
        OffsetDateTime fromAt = day(from, 0);
        OffsetDateTime toAt = day(to, 1);
        var entries = log.search(new AuditLog.Query(username, action, target, fromAt, toAt), page);
        model.addAttribute("page", new AuditPage(entries, username, action, target, from, to, Math.max(1, page)));
        return "accounts/audit";
    }

    private static OffsetDateTime day(String text, int plusDays) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip(), Zone.DATE)
                    .plusDays(plusDays)
                    .atStartOfDay(Zone.VIETNAM)
                    .toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("error.400.detail");
        }
    }
}
