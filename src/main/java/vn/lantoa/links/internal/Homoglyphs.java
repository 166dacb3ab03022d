package vn.lantoa.links.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Hosts that imitate Latin ones: letters of other scripts that look Latin (Cyrillic {@code а} for
 * {@code a}), mixed with Latin letters or standing in for them. Such hosts are never official.
 */
final class Homoglyphs {

    private static final Map<Integer, Character> LOOK_LATIN = Map.ofEntries(
            // Cyrillic
            Map.entry(0x0430, 'a'),
            Map.entry(0x0435, 'e'),
            Map.entry(0x0451, 'e'),
            Map.entry(0x043A, 'k'),
            Map.entry(0x043C, 'm'),
            Map.entry(0x043D, 'h'),
            Map.entry(0x043E, 'o'),
            Map.entry(0x0440, 'p'),
            Map.entry(0x0441, 'c'),
            Map.entry(0x0442, 't'),
            Map.entry(0x0443, 'y'),
            Map.entry(0x0445, 'x'),
            Map.entry(0x0456, 'i'),
            Map.entry(0x0457, 'i'),
            Map.entry(0x0458, 'j'),
            Map.entry(0x0455, 's'),
            Map.entry(0x04BB, 'h'),
            Map.entry(0x0501, 'd'),
            Map.entry(0x051B, 'q'),
            Map.entry(0x051D, 'w'),
            Map.entry(0x04CF, 'l'),
            Map.entry(0x04AF, 'y'),
            Map.entry(0x0432, 'b'),
            Map.entry(0x0438, 'u'),
            Map.entry(0x043F, 'n'),
            Map.entry(0x0433, 'r'),
            // Greek
            Map.entry(0x03B1, 'a'),
            Map.entry(0x03BF, 'o'),
            Map.entry(0x03C1, 'p'),
            Map.entry(0x03BD, 'v'),
            Map.entry(0x03B9, 'i'),
            Map.entry(0x03BA, 'k'),
            Map.entry(0x03C4, 't'),
            Map.entry(0x03C5, 'u'),
            Map.entry(0x03C7, 'x'),
            Map.entry(0x03B5, 'e'),
            Map.entry(0x03B7, 'n'));

    private Homoglyphs() {}

    /** Whether a Unicode host label mixes Latin with look-alike scripts, or spells Latin with them. */
    static boolean suspicious(String label) {
        boolean latin = false;
        boolean foreign = false;
        boolean foreignAllLookLatin = true;
        for (int i = 0; i < label.length(); ) {
            int cp = label.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN) {
                latin = true;
            } else if (script == Character.UnicodeScript.CYRILLIC
                    || script == Character.UnicodeScript.GREEK
                    || script == Character.UnicodeScript.ARMENIAN
                    || script == Character.UnicodeScript.CHEROKEE) {
                foreign = true;
                foreignAllLookLatin &= LOOK_LATIN.containsKey(cp);
            }
        }
        return foreign && (latin || foreignAllLookLatin);
    }

    /**
     * The plain-Latin shape of a Unicode host: look-alike letters replaced, accents dropped
     * ({@code nhândân.vn} and {@code nhаndan.vn} with a Cyrillic {@code а} both give {@code nhandan.vn}).
     */
    static String skeleton(String unicodeHost) {
        String lower = unicodeHost.toLowerCase(Locale.ROOT);
        StringBuilder mapped = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); ) {
            int cp = lower.codePointAt(i);
            i += Character.charCount(cp);
            Character latin = LOOK_LATIN.get(cp);
            if (latin != null) {
                mapped.append(latin.charValue());
            } else if (cp == 'đ') {
                mapped.append('d');
            } else {
                mapped.appendCodePoint(cp);
            }
        }
        String decomposed = Normalizer.normalize(mapped, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
