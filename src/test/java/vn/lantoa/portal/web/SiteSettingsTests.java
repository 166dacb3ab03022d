package vn.lantoa.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.lantoa.platform.AuditEvent;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;
import vn.lantoa.portal.PortalTestArticles;
import vn.lantoa.portal.internal.SiteSettings;
import vn.lantoa.portal.internal.SiteSettingsService;
import vn.lantoa.portal.internal.SiteSettingsStore;

/** The ADMIN-only settings page; a change shows at once on cached public pages. */
@LanToaIntegrationTest
@RecordApplicationEvents
class SiteSettingsTests {

    @LocalServerPort
    int port;

    @Autowired
    SiteSettingsStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SiteSettingsService service;

    @Autowired
    ApplicationEvents events;

    Map<String, String> fields(SiteSettings s) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("boardHeadName", s.boardHeadName());
        f.put("boardHeadTitle", s.boardHeadTitle());
        f.put("address", s.address());
        f.put("phone", s.phone());
        f.put("email", s.email());
        f.put("agencyLinks", s.agencyLinks());
        f.put("republishNotice", s.republishNotice());
        f.put("aboutVi", s.aboutVi());
        f.put("aboutEn", s.aboutEn());
        return f;
    }

    @Test
    void anAdminChangesTheFooterAndReadersSeeItAtOnce() {
        long site = new PortalTestArticles(jdbc, null).defaultSite();
        SiteSettings original = store.get(site);
        Browser reader = new Browser(port);
        reader.get("/");
        assertThat(reader.get("/").headers().firstValue("X-Page-Cache")).hasValue("HIT");
        Browser admin = new Browser(port);
        admin.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);
        admin.get(PortalRoutes.SITE_SETTINGS);
        try {
            Map<String, String> changed = fields(original);
            changed.put("boardHeadName", "Nguyễn Thị Thử Nghiệm");
            var saved = admin.postForm(PortalRoutes.SITE_SETTINGS, changed);
            assertThat(saved.statusCode()).isEqualTo(302);
            assertThat(reader.get("/").body()).contains("Nguyễn Thị Thử Nghiệm");
        } finally {
            admin.get(PortalRoutes.SITE_SETTINGS);
            admin.postForm(PortalRoutes.SITE_SETTINGS, fields(original));
        }
        assertThat(reader.get("/").body()).contains(original.boardHeadName());
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingIsStored() {
        long site = new PortalTestArticles(jdbc, null).defaultSite();
        SiteSettings original = store.get(site);
        Browser admin = new Browser(port);
        admin.signIn("quantri", LanToaIntegrationTest.DEMO_PASSWORD);
        admin.get(PortalRoutes.SITE_SETTINGS);
        Map<String, String> bad = fields(original);
        bad.put("email", "khong-phai-email");
        bad.put("agencyLinks", "Cơ quan | javascript:alert(1)");
        var response = admin.postForm(PortalRoutes.SITE_SETTINGS, bad);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Thư điện tử").contains("chưa hợp lệ");
        assertThat(store.get(site)).isEqualTo(original);
    }

    @Test
    void aChangeIsAudited() {
        long site = new PortalTestArticles(jdbc, null).defaultSite();
        service.update(store.get(site));
        assertThat(events.stream(AuditEvent.class))
                .anyMatch(e -> e.action().equals("site-settings.update")
                        && e.targetId().equals(String.valueOf(site)));
    }

    @Test
    void onlyAnAdminMayOpenIt() {
        Browser editor = new Browser(port);
        editor.signIn("bientap", LanToaIntegrationTest.DEMO_PASSWORD);
        assertThat(editor.get(PortalRoutes.SITE_SETTINGS).statusCode()).isEqualTo(403);
        assertThat(new Browser(port).get(PortalRoutes.SITE_SETTINGS).statusCode())
                .isEqualTo(302);
    }
}
