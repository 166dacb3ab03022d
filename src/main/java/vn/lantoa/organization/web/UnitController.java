package vn.lantoa.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.lantoa.organization.UnitSummary;
import vn.lantoa.organization.internal.OrgAccess;
import vn.lantoa.organization.internal.OrgValidationException;
import vn.lantoa.organization.internal.UnitAdmin;
import vn.lantoa.organization.internal.UnitExport;
import vn.lantoa.organization.internal.UnitImport;
import vn.lantoa.platform.CurrentUser;

/** The unit tree of the user's scope: list, create, rename, move, close, export. */
@UnitManagers
@Controller
class UnitController {

    private final UnitAdmin units;
    private final UnitExport export;
    private final UnitImport importer;
    private final OrgAccess access;

    UnitController(UnitAdmin units, UnitExport export, UnitImport importer, OrgAccess access) {
        this.units = units;
        this.export = export;
        this.importer = importer;
        this.access = access;
    }

    @GetMapping(OrganizationRoutes.UNITS)
    String list(Model model) {
        CurrentUser user = access.manager();
        model.addAttribute("page", new UnitsPage(units.list(user), units.kinds(), user.isAdmin()));
        return "organization/units";
    }

    @PostMapping(OrganizationRoutes.UNITS)
    String create(@RequestParam(required = false) Long parentId, @RequestParam long kindId, @RequestParam String name) {
        long id = units.create(access.manager(), parentId, kindId, name).value();
        return "redirect:" + OrganizationRoutes.unit(id);
    }

    @GetMapping(OrganizationRoutes.UNIT)
    String show(@PathVariable long id, Model model) {
        CurrentUser user = access.manager();
        UnitSummary unit = units.get(user, id);
        List<UnitSummary> targets = units.list(user).stream()
                .filter(u -> !u.path().startsWith(unit.path()) && !u.closed())
                .toList();
        model.addAttribute("page", new UnitPage(unit, targets));
        return "organization/unit";
    }

    @PostMapping(OrganizationRoutes.UNIT_RENAME)
    String rename(@PathVariable long id, @RequestParam String name) {
        units.rename(access.manager(), id, name);
        return "redirect:" + OrganizationRoutes.unit(id);
    }

    @PostMapping(OrganizationRoutes.UNIT_MOVE)
    String move(@PathVariable long id, @RequestParam long parentId) {
        units.move(access.manager(), id, parentId);
        return "redirect:" + OrganizationRoutes.unit(id);
    }

    @PostMapping(OrganizationRoutes.UNIT_CLOSE)
    String close(@PathVariable long id) {
        units.close(access.manager(), id);
        return "redirect:" + OrganizationRoutes.unit(id);
    }

    @GetMapping(OrganizationRoutes.UNITS_TEMPLATE)
    void template(HttpServletResponse response) throws IOException {
        access.manager();
        Spreadsheets.prepare(response, "mau-nhap-don-vi.xlsx");
        UnitImport.template(response.getOutputStream());
    }

    @GetMapping(OrganizationRoutes.UNITS_IMPORT)
    String importForm(Model model) {
        access.manager();
        model.addAttribute("page", new UnitImportPage(null));
        return "organization/unit-import";
    }

    @PostMapping(OrganizationRoutes.UNITS_IMPORT)
    String importUnits(@RequestParam(name = "file", required = false) MultipartFile file, Model model)
            throws IOException {
        CurrentUser user = access.manager();
        if (file == null || file.isEmpty()) {
            throw new OrgValidationException("organization.import.noFile");
        }
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("page", new UnitImportPage(importer.run(user, in)));
        }
        return "organization/unit-import";
    }

    @GetMapping(OrganizationRoutes.UNITS_EXPORT)
    void export(HttpServletResponse response) throws IOException {
        CurrentUser user = access.manager();
        Spreadsheets.prepare(response, "don-vi.xlsx");
        export.export(user, response.getOutputStream());
    }
}
