package vn.lantoa.reports.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.lantoa.platform.InvalidInputException;
import vn.lantoa.platform.NotFoundException;
import vn.lantoa.reports.internal.ClusterStatus;
import vn.lantoa.reports.internal.ReportIntake;
import vn.lantoa.reports.internal.Triage;
import vn.lantoa.reports.internal.TriageReads;
import vn.lantoa.reports.internal.TriageViews;

/** The triage back office {@code /quan-tri/phan-anh} (HANDLER, ADMIN, within scope). */
@Handlers
@Controller
class TriageController {

    private final TriageReads reads;
    private final Triage triage;
    private final ReportIntake intake;

    TriageController(TriageReads reads, Triage triage, ReportIntake intake) {
        this.reads = reads;
        this.triage = triage;
        this.intake = intake;
    }

    @GetMapping(ReportsRoutes.QUEUE)
    String queue(
            @RequestParam(name = "trang-thai", required = false) String status,
            @RequestParam(name = "loai", required = false) String category,
            @RequestParam(name = "trang", defaultValue = "1") int page,
            Model model) {
        TriageViews.Filter filter = new TriageViews.Filter(
                status(status), intake.categories().contains(category) ? category : null, Math.max(1, page));
        model.addAttribute("page", new TriageQueuePage(reads.queue(filter), filter, intake.categories()));
        return "reports/triage-queue";
    }

    @GetMapping(ReportsRoutes.CLUSTER)
    String cluster(@PathVariable long id, Model model) {
        model.addAttribute("page", new ClusterPage(reads.cluster(id).orElseThrow(() -> new NotFoundException())));
        return "reports/triage-cluster";
    }

    @PostMapping(ReportsRoutes.CLUSTER_STATUS)
    String status(
            @PathVariable long id,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "note", required = false) String note) {
        ClusterStatus target = status(status);
        if (target == null) {
            throw new InvalidInputException("reports.triage.error.status");
        }
        triage.changeStatus(id, target, note);
        return back(id);
    }

    @PostMapping(ReportsRoutes.CLUSTER_ASSIGN)
    String assign(@PathVariable long id, @RequestParam(name = "assignee", required = false) String assignee) {
        Long userId = null;
        if (assignee != null && !assignee.isBlank()) {
            try {
                userId = Long.valueOf(assignee.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("reports.triage.error.assignee");
            }
        }
        triage.assign(id, userId);
        return back(id);
    }

    @PostMapping(ReportsRoutes.CLUSTER_COMMENT)
    String comment(@PathVariable long id, @RequestParam(name = "text", required = false) String text) {
        triage.comment(id, text);
        return back(id);
    }

    @PostMapping(ReportsRoutes.REPORT_CONFIRM)
    String confirm(@PathVariable long reportId, @RequestParam(name = "cluster") long clusterId) {
        triage.confirm(reportId);
        return back(clusterId);
    }

    @PostMapping(ReportsRoutes.REPORT_SPLIT)
    String split(@PathVariable long reportId) {
        return back(triage.split(reportId));
    }

    @PostMapping(ReportsRoutes.REPORT_MOVE)
    String move(@PathVariable long reportId, @RequestParam(name = "target", required = false) String target) {
        long clusterId;
        try {
            clusterId = Long.parseLong(target == null ? "" : target.strip().replaceFirst("^#", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("reports.triage.error.target", target);
        }
        triage.move(reportId, clusterId);
        return back(clusterId);
    }

    @GetMapping({ReportsRoutes.SCREENSHOT, ReportsRoutes.SCREENSHOT_THUMBNAIL})
    ResponseEntity<byte[]> screenshot(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request) {
        boolean thumbnail = request.getRequestURI().endsWith("/nho.jpg");
        byte[] image = reads.screenshot(id, thumbnail).orElseThrow(() -> new NotFoundException());
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(image);
    }

    private static ClusterStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ClusterStatus.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("reports.triage.error.status");
        }
    }

    private static String back(long clusterId) {
        return "redirect:" + ReportsRoutes.cluster(clusterId);
    }
}
