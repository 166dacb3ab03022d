package vn.lantoa.statistics.internal.report;

import java.util.List;

/**
 * Who issues a unit's report and who signs it, as Hướng dẫn 36-HD/VPTW sets them out: the
 * superior committee and the issuing body top left, the document number's symbol, the place before
 * the date, the signer's capacity ("T/M BAN THƯỜNG VỤ"), role and name, and the recipients. Staff
 * set them; nothing here is fixed in code.
 *
 * @param numberSymbol what follows "Số …-" in the document number, e.g. {@code BC/BTGDVTU}
 * @param recipients one recipient a line
 */
public record ReportSettings(
        long unitId,
        String superiorBody,
        String issuingBody,
        String numberSymbol,
        String place,
        String signerCapacity,
        String signerRole,
        String signerName,
        String recipients) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_RECIPIENTS_LENGTH = 2000;

    public ReportSettings {
        superiorBody = clean(superiorBody);
        issuingBody = clean(issuingBody);
        numberSymbol = clean(numberSymbol);
        place = clean(place);
        signerCapacity = clean(signerCapacity);
        signerRole = clean(signerRole);
        signerName = clean(signerName);
        recipients = recipients == null ? "" : recipients.strip();
    }

    /** What a unit without settings starts from: its own and its parent's names, the rest left to fill in. */
    public static ReportSettings startingFrom(long unitId, String unitName, String parentName) {
        return new ReportSettings(
                unitId, parentName == null ? "" : upper(parentName), upper(unitName), "BC", "", "", "", "", "");
    }

    /** The recipients, one a line, blank lines dropped. */
    public List<String> recipientLines() {
        return recipients.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String upper(String name) {
        return name.toUpperCase(java.util.Locale.forLanguageTag("vi"));
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
