package vn.lantoa.platform;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Vietnamese text rules shared by every module: NFC for storage and display, accent folding for
 * matching ({@code Tiểu Cần} → {@code tieu can}, {@code đ} → {@code d}) and URL slugs.
 */
public final class VietnameseText {

    private VietnameseText() {}

    /** Canonical composed form; {@code null} stays {@code null}. */
    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Lower case without diacritics; {@code đ}/{@code Đ} become {@code d}. Whitespace is kept. */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ') {
                out.append('d');
            } else {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    /** ASCII slug: folded, non-alphanumerics collapsed to single hyphens, at most 120 characters. */
    public static String slug(String text) {
        String folded = fold(text == null ? "" : text);
        StringBuilder out = new StringBuilder(folded.length());
        boolean hyphen = false;
        for (int i = 0; i < folded.length() && out.length() < 120; i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
                hyphen = false;
            } else if (!hyphen && !out.isEmpty()) {
                out.append('-');
                hyphen = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, end);
    }
}
