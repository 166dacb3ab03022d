package vn.lantoa.portal.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;
import vn.lantoa.platform.VietnameseText;

/**
 * The two forms of text the search index and the queries share: "exact" (NFC, one tone
 * placement, lower case) and "folded" (no diacritics, {@code đ} → {@code d}).
 */
public final class SearchText {

    /** Longer input is cut here (a reader's query never needs more). */
    public static final int MAX_QUERY_CHARS = 200;

    public static final int MAX_QUERY_WORDS = 10;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {}

    public static String exact(String text) {
        return ToneMarks.normalize(text == null ? "" : text).toLowerCase(Locale.ROOT);
    }

    public static String folded(String text) {
        return VietnameseText.fold(ToneMarks.normalize(text == null ? "" : text));
    }

    /** Visible text of sanitised article HTML, NFC, whitespace collapsed. */
    public static String plainText(String html) {
        if (html == null) {
            return "";
        }
        String spaced = html.replaceAll("(?i)<(br|/p|/h[1-6]|/li|/div)[^>]*>", " ");
        String text = HtmlUtils.htmlUnescape(TAG.matcher(spaced).replaceAll(""));
        return SPACES.matcher(VietnameseText.nfc(text)).replaceAll(" ").trim();
    }

    /** The reader's query cut to a safe length (never inside a surrogate pair), NFC, trimmed. */
    public static String cleanQuery(String raw) {
        if (raw == null) {
            return "";
        }
        String text = raw.length() > MAX_QUERY_CHARS * 4 ? raw.substring(0, MAX_QUERY_CHARS * 4) : raw;
        text = VietnameseText.nfc(text).strip();
        if (text.length() > MAX_QUERY_CHARS) {
            int end = MAX_QUERY_CHARS;
            if (Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            text = text.substring(0, end).strip();
        }
        return text;
    }

    /** The distinct words of a text in order (letters and digits only), at most {@link #MAX_QUERY_WORDS}. */
    public static List<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && words.size() < MAX_QUERY_WORDS) {
            words.add(m.group());
        }
        return new ArrayList<>(words);
    }

    /** Every word of a text in order (letters and digits only), lower case: what the index holds. */
    public static List<String> tokens(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /**
     * An escaped excerpt of {@code text} around the first match of any folded query word, with
     * every match wrapped in {@code <mark>}; the start of the text when nothing matches.
     */
    public static String snippet(String text, List<String> foldedWords, int length) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // fold char by char, remembering where each folded char came from
        StringBuilder folded = new StringBuilder(text.length());
        List<Integer> origin = new ArrayList<>(text.length());
        for (int i = 0; i < text.length(); i++) {
            String f = VietnameseText.fold(String.valueOf(text.charAt(i)));
            for (int k = 0; k < f.length(); k++) {
                folded.append(f.charAt(k));
                origin.add(i);
            }
        }
        String haystack = folded.toString();
        List<int[]> hits = new ArrayList<>();
        for (String word : foldedWords) {
            if (word.isEmpty()) {
                continue;
            }
            int from = 0;
            int at;
            while ((at = haystack.indexOf(word, from)) >= 0) {
                int end = at + word.length();
                boolean startsWord = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1));
                boolean endsWord = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
                if (startsWord && endsWord) {
                    hits.add(new int[] {origin.get(at), origin.get(end - 1) + 1});
                }
                from = at + 1;
            }
        }
        hits.sort((a, b) -> Integer.compare(a[0], b[0]));
        int start = 0;
        if (!hits.isEmpty()) {
            start = Math.max(0, hits.getFirst()[0] - length / 3);
            while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
        }
        int end = Math.min(text.length(), start + length);
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && end - start < length + 20) {
            end++;
        }
        StringBuilder out = new StringBuilder();
        if (start > 0) {
            out.append("… ");
        }
        int pos = start;
        for (int[] hit : hits) {
            if (hit[0] < pos || hit[1] > end) {
                continue;
            }
            out.append(HtmlUtils.htmlEscape(text.substring(pos, hit[0]), "UTF-8"));
            out.append("<mark>")
                    .append(HtmlUtils.htmlEscape(text.substring(hit[0], hit[1]), "UTF-8"))
                    .append("</mark>");
            pos = hit[1];
        }
        out.append(HtmlUtils.htmlEscape(text.substring(pos, end), "UTF-8"));
        if (end < text.length()) {
            out.append(" …");
        }
        return out.toString();
    }
}
