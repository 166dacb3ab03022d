package vn.lantoa.reports.internal.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.lantoa.platform.VietnameseText;

/**
 * Vietnamese-aware normalisation for matching: NFC, one tone placement ({@code hòa} → {@code hoà}),
 * lower case, accent folding ({@code đ} → {@code d}) and teencode expansion, so that a report typed
 * without diacritics or in teencode yields the same syllables as the claim it repeats.
 */
public final class TextNormalizer {

    private static final String TEENCODE_RESOURCE = "/reports/teencode.tsv";
    private static final String SYNONYMS_RESOURCE = "/reports/synonyms.tsv";
    private static final String NUMBERS_RESOURCE = "/reports/numbers.tsv";
    private static final Amounts AMOUNTS = new Amounts(rows(NUMBERS_RESOURCE, 3));
    private static final Map<String, String> TONE_PLACEMENT = tonePlacement();
    private static final TextNormalizer DEFAULT = new TextNormalizer(load(TEENCODE_RESOURCE), load(SYNONYMS_RESOURCE));

    private final Map<String, String[]> teencode;
    private final Map<String, String[]> afterNumber;
    private final Map<String, String> synonyms = new HashMap<>();
    private final Pattern synonymPattern;

    TextNormalizer(Map<String, String> teencode) {
        this(teencode, Map.of());
    }

    TextNormalizer(Map<String, String> teencode, Map<String, String> synonyms) {
        synonyms.forEach((key, value) -> this.synonyms.put(canonical(key), canonical(value)));
        synonymPattern = this.synonyms.isEmpty()
                ? null
                : Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                        + this.synonyms.keySet().stream()
                                .sorted(Comparator.comparingInt(String::length).reversed())
                                .map(Pattern::quote)
                                .collect(Collectors.joining("|"))
                        + ")(?![\\p{L}\\p{N}])");
        this.teencode = new HashMap<>();
        this.afterNumber = new HashMap<>();
        teencode.forEach((key, value) -> {
            if (key.startsWith("#")) {
                afterNumber.put(key.substring(1), value.split(" "));
            } else {
                this.teencode.put(key, value.split(" "));
            }
        });
    }

    /** The normaliser with the teencode map shipped in {@code reports/teencode.tsv}. */
    public static TextNormalizer standard() {
        return DEFAULT;
    }

    /**
     * NFC, lower case, and the tone mark of {@code oa}, {@code oe}, {@code uy} on the second vowel
     * (the placement of the 1980s orthography rules, as in {@code hoà}, {@code thuỷ}).
     */
    public static String canonical(String text) {
        if (text == null) {
            return "";
        }
        String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        int i = 0;
        while (i < lower.length()) {
            // Only a toned o or u (never ASCII) before a, e or y can need moving.
            if (i + 1 < lower.length() && lower.charAt(i) > 0x7f && "aey".indexOf(lower.charAt(i + 1)) >= 0) {
                String replaced = TONE_PLACEMENT.get(lower.substring(i, i + 2));
                if (replaced != null) {
                    out.append(replaced);
                    i += 2;
                    continue;
                }
            }
            out.append(lower.charAt(i));
            i++;
        }
        return out.toString();
    }

    /** Canonical form without diacritics: {@code Hòa Bình} → {@code hoa binh}. Idempotent. */
    public static String fold(String text) {
        return VietnameseText.fold(canonical(text));
    }

    /**
     * The canonical syllables with their diacritics ({@code hoà}, {@code hộ}): they tell apart
     * words that folding merges ({@code hồ}, {@code hộ}, {@code họ}) when the reporter typed accents.
     */
    public List<String> accentedSyllables(String text) {
        return both(text).accented();
    }

    /** Both syllable lists of a text, from one pass of the synonym replacement. */
    public record Syllables(List<String> folded, List<String> accented) {}

    /** {@link #syllables} and {@link #accentedSyllables} of a text, at the cost of little more than one. */
    public Syllables both(String text) {
        String replaced = withSynonyms(text);
        List<String> folded = folded(replaced);
        return new Syllables(folded, accented(words(replaced), folded));
    }

    /**
     * The accented words with the numbers and amounts of the folded list instead of their written
     * forms ({@code 5tr}, {@code 5.000.000đ}), so both lists see {@code 5000000}.
     */
    private static List<String> accented(List<String> words, List<String> folded) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            if (!containsDigit(w)) {
                out.add(w);
            }
        }
        for (String f : folded) {
            if (containsDigit(f)) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether a term holds a digit: a number, an amount, a percentage or a date. */
    static boolean containsDigit(String term) {
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The runs of letters and numbers ({@code \p{L}}, {@code \p{N}}) of a text, without a regex. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (isLetterOrNumber(codePoint)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static boolean isLetterOrNumber(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * The folded syllables of a text, teencode expanded ({@code ko} → {@code khong}), letters
     * repeated for emphasis collapsed ({@code quaaa} → {@code qua}), numbers kept as syllables.
     */
    public List<String> syllables(String text) {
        return folded(withSynonyms(text));
    }

    private List<String> folded(String replaced) {
        String folded = VietnameseText.fold(replaced);
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = folded.length();
        String previousNumber = null;
        while (i < n) {
            char c = folded.charAt(i);
            if (isDigit(c)) {
                int start = i;
                while (i < n && (isDigit(folded.charAt(i)) || isNumberJoiner(folded, i))) {
                    i++;
                }
                previousNumber = Amounts.number(folded.substring(start, i));
                out.add(previousNumber);
                continue;
            }
            if (isLetter(c)) {
                int start = i;
                while (i < n && isLetter(folded.charAt(i))) {
                    i++;
                }
                String raw = folded.substring(start, i);
                String word = collapseRepeats(raw);
                String[] replacement =
                        previousNumber != null && isDigit(folded.charAt(start - 1)) ? afterNumber.get(word) : null;
                if (replacement == null) {
                    replacement = teencode.getOrDefault(raw, teencode.get(word));
                }
                expand(replacement, word, out);
                previousNumber = null;
                continue;
            }
            previousNumber = null;
            i++;
        }
        return AMOUNTS.canonical(out);
    }

    /** Canonical text with regional variants and synonyms replaced by one form. */
    String withSynonyms(String text) {
        String canonical = Amounts.spellOut(canonical(text));
        if (synonymPattern == null) {
            return canonical;
        }
        return synonymPattern.matcher(canonical).replaceAll(m -> Matcher.quoteReplacement(synonyms.get(m.group())));
    }

    private static void expand(String[] replacement, String word, List<String> out) {
        if (replacement != null) {
            out.addAll(List.of(replacement));
        } else {
            out.add(spelling(word));
        }
    }

    /**
     * Spelling variants that Vietnamese does not otherwise use, applied the same way to claims and
     * reports: {@code f} → {@code ph}, {@code w} → {@code qu}, {@code j} → {@code gi}, {@code k}
     * before a, o, u → {@code c}, final {@code ck} → {@code ch}.
     */
    static String spelling(String word) {
        String w = word;
        if (w.startsWith("f")) {
            w = "ph" + w.substring(1);
        } else if (w.startsWith("w")) {
            w = "qu" + w.substring(1);
        } else if (w.startsWith("j")) {
            w = "gi" + w.substring(1);
        } else if (w.length() > 1 && w.charAt(0) == 'k' && "aou".indexOf(w.charAt(1)) >= 0) {
            w = "c" + w.substring(1);
        }
        if (w.endsWith("ck")) {
            w = w.substring(0, w.length() - 2) + "ch";
        }
        return w;
    }

    private static String collapseRepeats(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int len = out.length();
            if (len >= 2 && out.charAt(len - 1) == c && out.charAt(len - 2) == c) {
                continue;
            }
            out.append(c);
        }
        // "quaaa" keeps "qua" + one repeat at most; two equal letters at the end are emphasis too,
        // except the Vietnamese "oo" of "xoong"/"boong".
        String s = out.toString();
        int len = s.length();
        if (len >= 3 && s.charAt(len - 1) == s.charAt(len - 2) && s.charAt(len - 1) != 'o') {
            s = s.substring(0, len - 1);
        }
        return s;
    }

    private static boolean isNumberJoiner(String s, int i) {
        char c = s.charAt(i);
        return (c == '.' || c == ',')
                && i + 1 < s.length()
                && isDigit(s.charAt(i + 1))
                && i > 0
                && isDigit(s.charAt(i - 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static Map<String, String> tonePlacement() {
        String[][] pairs = {{"o", "a"}, {"o", "e"}, {"u", "y"}};
        String[] tones = {"\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        Map<String, String> map = new HashMap<>();
        for (String[] pair : pairs) {
            for (String tone : tones) {
                String old = nfc(pair[0] + tone) + pair[1];
                String modern = pair[0] + nfc(pair[1] + tone);
                map.put(old, modern);
            }
        }
        return Map.copyOf(map);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    static Map<String, String> load(String resource) {
        Map<String, String> map = new HashMap<>();
        rows(resource, 2).forEach(parts -> map.put(parts[0], parts[1]));
        return map;
    }

    /** The tab-separated rows of a data file, stripped; lines starting with {@code //} are comments. */
    static List<String[]> rows(String resource, int fields) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = TextNormalizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("//")) {
                    continue;
                }
                String[] parts = line.split("\t");
                if (parts.length != fields) {
                    throw new IllegalStateException("Bad line in " + resource + ": " + line);
                }
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = parts[i].strip();
                }
                rows.add(parts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
