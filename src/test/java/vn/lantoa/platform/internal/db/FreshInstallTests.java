package vn.lantoa.platform.internal.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

/**
 * A new installation as an operator makes it (docs/operations.md): an empty external database, no
 * demo data. The portal answers at once and the administrator can make the first unit, without any
 * SQL run by hand (before V108 the portal answered 404 and the unit form offered no kind).
 */
class FreshInstallTests {

    @TempDir
    static Path dir;

    static EmbeddedDatabase external;
    static ConfigurableApplicationContext app;
    static int port;

    @BeforeAll
    static void startOnAnEmptyDatabase() throws Exception {
        external = EmbeddedDatabase.start(dir.resolve("external"), OwnDatabase.freePort());
        app = OwnDatabase.startApplication(external, dir.resolve("app"), false);
        port = OwnDatabase.port(app);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (external != null) {
            external.close();
        }
    }

    @Test
    void thePortalAnswersOnAnEmptyDatabase() {
        HttpResponse<String> home = new Browser(port).get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Trang thông tin điện tử");
    }

    @Test
    void theAdministratorMakesTheFirstUnitWithAKindOffered() {
        Browser admin = new Browser(port);
        assertThat(admin.signIn("admin", LanToaIntegrationTest.ADMIN_PASSWORD).statusCode())
                .isIn(200, 302);
        HttpResponse<String> form = admin.get("/quan-tri/don-vi");
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher kind = Pattern.compile("<option value=\"(\\d+)\"[^>]*>Tỉnh ủy</option>")
                .matcher(form.body());
        assertThat(kind.find()).as("the unit form offers the kind Tỉnh ủy").isTrue();

        HttpResponse<String> created =
                admin.postForm("/quan-tri/don-vi", Map.of("kindId", kind.group(1), "name", "Tỉnh ủy Vĩnh Long"));
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/quan-tri/don-vi/");
        assertThat(admin.get(location.substring(location.indexOf("/quan-tri"))).body())
                .contains("Tỉnh ủy Vĩnh Long");
    }
}
