package vn.lantoa.statistics.internal.report;

import java.util.Locale;
import java.util.Optional;

/** The two forms of the report: a workbook to work on, a document to send up. */
public enum ReportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("application/pdf");

    private final String mediaType;

    ReportFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code xlsx} or {@code pdf}, any case; empty for anything else. */
    public static Optional<ReportFormat> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(value.strip())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
