package vn.lantoa.sharing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.lantoa.platform.Browser;
import vn.lantoa.platform.LanToaIntegrationTest;

@LanToaIntegrationTest
class DirectiveDocumentTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private Browser signedIn(String user) {
        Browser browser = new Browser(port);
        browser.signIn(user, LanToaIntegrationTest.DEMO_PASSWORD);
        browser.get("/quan-tri");
        return browser;
    }

    private String tieuCan() {
        return jdbc.sql("SELECT id FROM org_unit WHERE name = 'Đảng ủy xã Tiểu Cần'")
                .query(Long.class)
                .single()
                .toString();
    }

    private long directives(String title) {
        return jdbc.sql("SELECT count(*) FROM shr_directive WHERE title = ?")
                .param(title)
                .query(Long.class)
                .single();
    }

    private HttpResponse<String> send(Browser sender, String title, String fileName, String type, byte[] bytes) {
        return sender.postMultipart(
                "/quan-tri/van-ban",
                Map.of("title", title, "body", "", "unitIds", tieuCan()),
                "document",
                fileName,
                type,
                bytes);
    }

    @Test
    void aPdfDirectiveIsDownloadedAsAnAttachmentByTheTargetedUnitAndTheSenderOnly() {
        String title = "Kế hoạch tuyên truyền (PDF) " + UUID.randomUUID();
        Browser admin = signedIn("quantri");
        HttpResponse<String> sent = send(admin, title, "Kế hoạch số 5\".pdf", "application/pdf", PDF);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String path = sent.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        String download = "/thanh-vien/van-ban/" + id + "/tep";
        assertThat(admin.get(path).body()).contains(download, "ke-hoach-so-5.pdf");
        assertThat(jdbc.sql("SELECT DISTINCT link FROM ntf_notice WHERE dedup_key LIKE ?")
                        .param("sharing:directive:" + id + ":%")
                        .query(String.class)
                        .list())
                .as("the members told of the directive are given its download")
                .containsExactly(download);

        for (String user : new String[] {"quantri", "quanly", "thanhvien"}) {
            HttpResponse<byte[]> file = (user.equals("quantri") ? admin : signedIn(user)).download(download);
            assertThat(file.statusCode()).as(user).isEqualTo(200);
            assertThat(file.body()).as(user).isEqualTo(PDF);
            assertThat(file.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(file.headers().firstValue("Content-Disposition"))
                    .hasValueSatisfying(
                            d -> assertThat(d).startsWith("attachment").contains("ke-hoach-so-5.pdf"));
            assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }

        // Neither in the sender's scope nor in the targeted unit: as if it did not exist.
        assertThat(signedIn("kiemduyet").download(download).statusCode()).isEqualTo(404);
        assertThat(new Browser(port).download(download).statusCode()).isEqualTo(302);
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedInVietnameseWhateverItsNameAndNothingIsSent() {
        String title = "Văn bản giả PDF " + UUID.randomUUID();
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = send(signedIn("quantri"), title, "van-ban.pdf", "application/pdf", html);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Tệp đính kèm không phải văn bản PDF");
        assertThat(directives(title)).isZero();
    }

    @Test
    void aPdfOverTheLimitIsRefusedWithTheLimitAndNothingIsSent() {
        String title = "Văn bản quá lớn " + UUID.randomUUID();
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        HttpResponse<String> response = send(signedIn("quantri"), title, "lon.pdf", "application/pdf", big);

        assertThat(response.body()).contains("Tệp PDF quá lớn: tối đa 10 MB");
        assertThat(directives(title)).isZero();
    }

    @Test
    void aDirectiveWithoutTextNorDocumentIsRefused() {
        String title = "Văn bản trống " + UUID.randomUUID();

        HttpResponse<String> response = signedIn("quantri")
                .postForm("/quan-tri/van-ban", Map.of("title", title, "body", " ", "unitIds", tieuCan()));

        assertThat(response.body()).contains("hoặc đính kèm tệp PDF");
        assertThat(directives(title)).isZero();
    }

    @Test
    void anUploadOverTheServersLimitGetsTheTooLargePageAndStoresNothing() {
        Browser sender = signedIn("quantri");
        String title = "Văn bản quá lớn " + UUID.randomUUID();
        byte[] huge = new byte[25 * 1024 * 1024];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);

        HttpResponse<String> response = send(sender, title, "lon.pdf", "application/pdf", huge);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("quá lớn");
        assertThat(directives(title)).isZero();
    }
}
