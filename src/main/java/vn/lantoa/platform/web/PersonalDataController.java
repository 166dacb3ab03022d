package vn.lantoa.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;
import vn.lantoa.platform.CurrentUser;
import vn.lantoa.platform.PersonalData;
import vn.lantoa.platform.PersonalDataService;
import vn.lantoa.platform.Zone;

/** What LanToa holds about the signed-in person, to read and to download (JSON); each read is audited. */
@Controller
class PersonalDataController {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PersonalDataService personalData;
    private final UiFactory uiFactory;
    private final Clock clock;

    PersonalDataController(PersonalDataService personalData, UiFactory uiFactory, Clock clock) {
        this.personalData = personalData;
        this.uiFactory = uiFactory;
        this.clock = clock;
    }

    @GetMapping(PlatformRoutes.PERSONAL_DATA)
    String page(Model model) {
        model.addAttribute("page", new PersonalDataPage(personalData.read(subject(), "personal-data.read")));
        return "platform/personal-data";
    }

    @GetMapping(PlatformRoutes.PERSONAL_DATA_JSON)
    ResponseEntity<byte[]> download(HttpServletRequest request) {
        Ui ui = uiFactory.forRequest(request);
        List<PersonalData.Section> sections = personalData.read(subject(), "personal-data.download");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("generatedAt", OffsetDateTime.now(clock.withZone(Zone.VIETNAM)).toString());
        out.put("username", ui.user().username());
        Map<String, Object> bySection = new LinkedHashMap<>();
        for (PersonalData.Section section : sections) {
            List<String> columns = section.columnKeys().stream().map(ui::t).toList();
            bySection.put(
                    section.key(),
                    Map.of("title", ui.t(section.titleKey()), "columns", columns, "rows", section.rows()));
        }
        out.put("sections", bySection);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"du-lieu-ca-nhan.json\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(out));
    }

    private static PersonalData.Subject subject() {
        CurrentUser user = CurrentUser.get().orElseThrow();
        return new PersonalData.Subject(user.id(), user.memberId());
    }
}
