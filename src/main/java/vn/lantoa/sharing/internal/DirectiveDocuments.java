package vn.lantoa.sharing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.lantoa.platform.LanToaProperties;
import vn.lantoa.platform.VietnameseText;

/**
 * The PDF documents of directives, under {@code lantoa.data-dir}/sharing/directives. A file is
 * accepted by what it is ({@code %PDF-} at its start), not by its name or declared type, and is
 * only ever served back as a download, never rendered or run.
 */
@Component
public class DirectiveDocuments {

    /** An uploaded file as the controller received it. */
    public record Upload(String originalName, byte[] bytes) {

        /** A browser sends an empty part when no file was chosen. */
        public boolean isEmpty() {
            return bytes == null || bytes.length == 0;
        }
    }

    /** A document checked and ready to store. */
    record Checked(String name, byte[] bytes, String sha256) {}

    static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_NAME = 80;

    private final Path root;
    private final long maxBytes;

    DirectiveDocuments(
            LanToaProperties properties, @Value("${lantoa.sharing.directive-max-bytes:10485760}") long maxBytes) {
        this.root = properties
                .dataDir()
                .toAbsolutePath()
                .normalize()
                .resolve("sharing")
                .resolve("directives");
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Refuses anything but a PDF within the size limit, with the reason. */
    Checked check(Upload upload) {
        byte[] bytes = upload.bytes();
        if (bytes.length > maxBytes) {
            throw new SharingException("document", "directive.error.documentTooBig", maxBytes / (1024 * 1024));
        }
        if (bytes.length < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new SharingException("document", "directive.error.documentNotPdf");
        }
        return new Checked(downloadName(upload.originalName()), bytes, sha256(bytes));
    }

    /**
     * Writes the document of a directive; if the surrounding transaction rolls back, the file goes
     * too, so a directive and its document are stored together or not at all.
     */
    void store(long directiveId, Checked document) {
        Path target = file(directiveId);
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "upload-", ".tmp");
            Files.write(temp, document.bytes());
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(target);
                    }
                }
            });
        }
    }

    Path file(long directiveId) {
        return root.resolve(directiveId + ".pdf");
    }

    /**
     * A file name safe in any header and on any disk: the uploaded name's base, folded to ASCII
     * (Vietnamese marks removed), anything else turned into hyphens, with a {@code .pdf} ending.
     */
    static String downloadName(String original) {
        String base = original == null ? "" : original.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        if (base.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            base = base.substring(0, base.length() - 4);
        }
        String slug = VietnameseText.slug(base);
        if (slug.length() > MAX_NAME) {
            slug = slug.substring(0, MAX_NAME).replaceAll("-+$", "");
        }
        return (slug.isEmpty() ? "van-ban" : slug) + ".pdf";
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // an orphan file named by an id that was never committed is harmless
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
