package vn.lantoa.organization.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import vn.lantoa.platform.VietnameseText;

/** Normalising and checking the personal data fields of a member (forms and imports alike). */
public final class MemberRules {

    private static final Pattern PHONE = Pattern.compile("0\\d{9,10}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private MemberRules() {}

    /** {@code +84 912 345 601} and {@code 0912.345.601} both become {@code 0912345601}; blank is null. */
    public static String phone(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String digits = raw.replaceAll("[\\s.\\-()]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        } else if (digits.matches("[1-9]\\d{8,9}")) {
            digits = "0" + digits; // a spreadsheet's number cell dropped the leading zero
        }
        return digits;
    }

    public static boolean validPhone(String normalised) {
        return normalised == null || PHONE.matcher(normalised).matches();
    }

    public static String email(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean validEmail(String normalised) {
        return normalised == null
                || (normalised.length() <= 200 && EMAIL.matcher(normalised).matches());
    }

    public static String name(String raw) {
        return raw == null ? "" : VietnameseText.nfc(raw.strip().replaceAll("\\s+", " "));
    }

    public static boolean validName(String normalised) {
        return !normalised.isEmpty() && normalised.length() <= 200;
    }

    /** Key for "same name and phone" duplicates: accent- and case-insensitive name plus phone. */
    public static String namePhoneKey(String name, String phone) {
        return phone == null ? null : VietnameseText.fold(name) + "|" + phone;
    }

    /** Only http(s) links, one per line, at most five: the member declares them, nobody crawls them. */
    public static String profileLinks(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return String.join(
                "\n",
                raw.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
    }

    public static boolean validProfileLinks(String normalised) {
        if (normalised == null) {
            return true;
        }
        var lines = normalised.lines().toList();
        return lines.size() <= 5 && lines.stream().allMatch(l -> l.length() <= 300 && l.matches("https?://\\S+"));
    }
}
