package vn.lantoa.platform.internal.db;

import java.nio.file.Path;

/** The embedded database could not start; {@link StartupFailureAnalyzers} turns it into one clear line. */
public class EmbeddedDatabaseException extends RuntimeException {

    enum Reason {
        DATA_DIR_NOT_WRITABLE,
        START_FAILED
    }

    private final Reason reason;
    private final Path directory;

    EmbeddedDatabaseException(Reason reason, Path directory, Throwable cause) {
        super(reason + ": " + directory + " (" + cause.getMessage() + ")", cause);
        this.reason = reason;
        this.directory = directory;
    }

    Reason reason() {
        return reason;
    }

    Path directory() {
        return directory;
    }
}
