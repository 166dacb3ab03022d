package vn.lantoa.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.lantoa.platform.LanToaProperties;

class DirectiveDocumentsTests {

    @TempDir
    Path dataDir;

    private DirectiveDocuments documents(long maxBytes) {
        return new DirectiveDocuments(
                new LanToaProperties(
                        dataDir,
                        new LanToaProperties.Site("LanToa", "http://localhost"),
                        new LanToaProperties.Admin(null),
                        new LanToaProperties.Demo(false, "x")),
                maxBytes);
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Công văn số 12-CV/BTG.pdf|btg.pdf",
                "Công văn số 12.pdf|cong-van-so-12.pdf",
                "../../etc/passwd|passwd.pdf",
                "C:\\Users\\lan\\Kế hoạch.PDF|ke-hoach.pdf",
                "'\"; filename=evil.html'|filename-evil-html.pdf",
                "'   '|van-ban.pdf",
                "đợt tuyên truyền<script>.pdf|dot-tuyen-truyen-script.pdf"
            })
    void downloadNamesAreAsciiWithoutPathsOrQuotes(String original, String expected) {
        assertThat(DirectiveDocuments.downloadName(original)).isEqualTo(expected);
    }

    @Test
    void aPdfIsRecognisedByItsFirstBytesWhateverItsName() {
        DirectiveDocuments.Checked checked = documents(1024).check(new DirectiveDocuments.Upload("scan.jpg", pdf()));

        assertThat(checked.name()).isEqualTo("scan-jpg.pdf");
        assertThat(checked.sha256()).hasSize(64);
    }

    @ParameterizedTest
    @CsvSource({"<html><script>alert(1)</script>", "PK a docx", "%PD", "'  %PDF-1.4 leading blanks'"})
    void anythingElseIsRefusedEvenNamedPdf(String content) {
        DirectiveDocuments.Upload upload =
                new DirectiveDocuments.Upload("van-ban.pdf", content.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> documents(1024).check(upload))
                .isInstanceOfSatisfying(
                        SharingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("directive.error.documentNotPdf"));
    }

    @Test
    void aPdfOverTheLimitIsRefusedWithTheLimit() {
        byte[] big = new byte[3 * 1024 * 1024 + 1];
        System.arraycopy(pdf(), 0, big, 0, pdf().length);

        assertThatThrownBy(() -> documents(3 * 1024 * 1024).check(new DirectiveDocuments.Upload("big.pdf", big)))
                .isInstanceOfSatisfying(SharingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("directive.error.documentTooBig");
                    assertThat(e.args()).containsExactly(3L);
                });
    }

    @Test
    void aStoredDocumentIsNamedByTheDirectiveIdUnderTheDataDirectory() throws Exception {
        DirectiveDocuments documents = documents(1024);

        documents.store(42, documents.check(new DirectiveDocuments.Upload("../../x.pdf", pdf())));

        Path file =
                dataDir.resolve("sharing/directives/42.pdf").toAbsolutePath().normalize();
        assertThat(documents.file(42)).isEqualTo(file);
        assertThat(Files.readAllBytes(file)).isEqualTo(pdf());
        try (var listing = Files.list(file.getParent())) {
            assertThat(listing).containsExactly(file);
        }
    }
}
