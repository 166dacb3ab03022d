package vn.lantoa.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.lantoa.organization.MemberId;
import vn.lantoa.organization.UnitDirectory;
import vn.lantoa.organization.internal.MemberAdmin;
import vn.lantoa.organization.internal.MemberDetail;
import vn.lantoa.organization.internal.MemberExport;
import vn.lantoa.organization.internal.MemberForm;
import vn.lantoa.organization.internal.MemberImport;
import vn.lantoa.organization.internal.MemberSheet;
import vn.lantoa.organization.internal.OrgAccess;
import vn.lantoa.organization.internal.OrgValidationException;
import vn.lantoa.organization.internal.UnitAdmin;
import vn.lantoa.platform.CurrentUser;

/** Members of the user's scope: list, detail (audited), create, edit, XLSX template, export and import. */
@UnitManagers
@Controller
class MemberController {

    private final MemberAdmin members;
    private final UnitAdmin units;
    private final MemberExport export;
    private final MemberImport importer;
    private final UnitDirectory directory;
    private final OrgAccess access;

    MemberController(
            MemberAdmin members,
            UnitAdmin units,
            MemberExport export,
            MemberImport importer,
            UnitDirectory directory,
            OrgAccess access) {
        this.members = members;
        this.units = units;
        this.export = export;
        this.importer = importer;
        this.directory = directory;
        this.access = access;
    }

    @GetMapping(OrganizationRoutes.MEMBERS)
    String list(
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "trang", defaultValue = "1") int page,
            Model model) {
        CurrentUser user = access.manager();
        model.addAttribute(
                "page", new MembersPage(members.list(user, query, page), query, units.list(user), members.kinds()));
        return "organization/members";
    }

    @PostMapping(OrganizationRoutes.MEMBERS)
    String create(@ModelAttribute MemberForm form) {
        long id = members.create(access.manager(), form);
        return "redirect:" + OrganizationRoutes.member(id);
    }

    @GetMapping(OrganizationRoutes.MEMBER)
    String show(@PathVariable long id, @RequestParam(name = "da-xoa", defaultValue = "0") int erased, Model model) {
        CurrentUser user = access.manager();
        MemberDetail member = members.detail(user, id);
        model.addAttribute(
                "page",
                new MemberPage(
                        member,
                        units.list(user),
                        members.kinds(),
                        directory.groupsOf(new MemberId(member.id())),
                        user.isAdmin(),
                        erased == 1));
        return "organization/member";
    }

    @PostMapping(OrganizationRoutes.MEMBER)
    String update(@PathVariable long id, @ModelAttribute MemberForm form) {
        members.update(access.manager(), id, form);
        return "redirect:" + OrganizationRoutes.member(id);
    }

    @PostMapping(OrganizationRoutes.MEMBER_ERASE)
    String erase(@PathVariable long id) {
        members.erase(access.manager(), id);
        return "redirect:" + OrganizationRoutes.member(id) + "?da-xoa=1";
    }

    @GetMapping(OrganizationRoutes.MEMBERS_EXPORT)
    void export(HttpServletResponse response) throws IOException {
        CurrentUser user = access.manager();
        Spreadsheets.prepare(response, "thanh-vien.xlsx");
        export.export(user, response.getOutputStream());
    }

    @GetMapping(OrganizationRoutes.MEMBERS_TEMPLATE)
    void template(HttpServletResponse response) throws IOException {
        access.manager();
        Spreadsheets.prepare(response, "mau-nhap-thanh-vien.xlsx");
        MemberSheet.write(List.of(), response.getOutputStream());
    }

    @GetMapping(OrganizationRoutes.MEMBERS_IMPORT)
    String importForm(Model model) {
        access.manager();
        model.addAttribute("page", new ImportPage(null, null));
        return "organization/import";
    }

    @PostMapping(OrganizationRoutes.MEMBERS_IMPORT)
    String startImport(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        CurrentUser user = access.manager();
        if (file == null || file.isEmpty()) {
            throw new OrgValidationException("organization.import.noFile");
        }
        try (InputStream in = file.getInputStream()) {
            long job = importer.start(user, in);
            return "redirect:" + OrganizationRoutes.membersImportJob(job);
        }
    }

    @GetMapping(OrganizationRoutes.MEMBERS_IMPORT_JOB)
    String importStatus(
            @PathVariable long job, @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        CurrentUser user = access.manager();
        model.addAttribute("page", new ImportPage(importer.job(user, job), null));
        return htmx != null ? "organization/_import-status" : "organization/import";
    }
}
