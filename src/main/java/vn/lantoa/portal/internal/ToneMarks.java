package vn.lantoa.portal.internal;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts Vietnamese tone marks in one place so that the old style ({@code hoà}, {@code thuý},
 * {@code khoẻ}) and the new style ({@code hòa}, {@code thúy}, {@code khỏe}) of the same word
 * match. The new style wins: in an open syllable ending in {@code oa}, {@code oe} or {@code uy}
 * (not {@code quy}) the mark goes on the first vowel; everything else is left as it is.
 */
public final class ToneMarks {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

    private ToneMarks() {}

    /** NFC text with every word's tone in the new-style place. */
    public static String normalize(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        Matcher m = WORD.matcher(nfc);
        StringBuilder out = new StringBuilder(nfc.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(word(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String word(String word) {
        if (word.length() < 2 || word.length() > 12) {
            return word;
        }
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
        char tone = 0;
        StringBuilder bare = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (TONES.indexOf(c) >= 0) {
                if (tone != 0) {
                    return word;
                }
                tone = c;
            } else {
                bare.append(c);
            }
        }
        String base = Normalizer.normalize(bare, Normalizer.Form.NFC);
        if (tone == 0 || base.length() < 2) {
            return word;
        }
        int n = base.length();
        String end = base.substring(n - 2).toLowerCase(java.util.Locale.ROOT);
        boolean cluster = end.equals("oa") || end.equals("oe") || end.equals("uy");
        boolean qu = end.equals("uy") && n >= 3 && Character.toLowerCase(base.charAt(n - 3)) == 'q';
        // the mark must have been on the last vowel (old style) for us to move it
        boolean onLast = decomposed.indexOf(tone) == decomposed.length() - 1;
        if (!cluster || qu || !onLast) {
            return word;
        }
        String moved = base.substring(0, n - 1) + tone + base.substring(n - 1);
        return Normalizer.normalize(moved, Normalizer.Form.NFC);
    }
}
