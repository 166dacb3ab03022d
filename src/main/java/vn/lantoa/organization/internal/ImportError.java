package vn.lantoa.organization.internal;

/**
 * One bad cell of an import: its row (1-based, as Excel shows it), its column header, and the
 * message key of the reason (with an optional argument, e.g. the row it duplicates).
 */
public record ImportError(int row, String column, String reasonKey, String argument) {

    String encode() {
        return row + "\t" + column + "\t" + reasonKey + "\t" + (argument == null ? "" : argument);
    }

    static ImportError decode(String line) {
        String[] parts = line.split("\t", -1);
        return new ImportError(Integer.parseInt(parts[0]), parts[1], parts[2], parts[3].isEmpty() ? null : parts[3]);
    }
}
