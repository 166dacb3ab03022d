package vn.lantoa.reports.internal.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Numbers, amounts, percentages and day/month dates brought to one token each, so that a rumour's
 * {@code 5tr}, {@code 5 củ}, {@code năm triệu} or {@code 5.000.000đ} meets the claim's {@code 5
 * triệu đồng} as {@code 5000000}, and siblings that differ only in their amount or date part. The
 * words come from {@code reports/numbers.tsv}; this class works on folded syllables.
 */
final class Amounts {

    /** Glued decimals of an amount ({@code 1tr5}, {@code 1 triệu 2}), rewritten before folding. */
    private static final Pattern GLUED =
            Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{1,3})\\s?(tr|triệu|củ)(\\d{1,3})(?![\\p{L}\\p{N}]|[.,]\\d)");
    /** Day and month with a slash or a dash ({@code 1/7}, {@code 15-6}, {@code 31/12/2026}). */
    private static final Pattern DATE =
            Pattern.compile("(?<![\\p{L}\\p{N}/.-])([0-3]?\\d)\\s?[/-]\\s?([01]?\\d)(?:[/-](\\d{2,4}))?(?![\\p{N}/])");
    /** Thousands groups ({@code 5.000.000}, {@code 500,000}) as opposed to decimals ({@code 1,5}). */
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}([.,]\\d{3})+");

    private final Map<String, Integer> digits = new HashMap<>();
    private final Map<String, Integer> afterTens = new HashMap<>();
    private final Map<String, Integer> tens = new HashMap<>();
    private final Map<String, Integer> hundreds = new HashMap<>();
    private final Map<String, Long> multipliers = new HashMap<>();
    private final Map<String, Boolean> halves = new HashMap<>();
    private final Map<String, Boolean> currencies = new HashMap<>();

    Amounts(List<String[]> rows) {
        for (String[] row : rows) {
            String word = row[1];
            switch (row[0]) {
                case "digit" -> digits.put(word, Integer.valueOf(row[2]));
                case "after-tens" -> afterTens.put(word, Integer.valueOf(row[2]));
                case "tens" -> tens.put(word, Integer.valueOf(row[2]));
                case "hundreds" -> hundreds.put(word, Integer.valueOf(row[2]));
                case "multiplier" -> multipliers.put(word, Long.valueOf(row[2]));
                case "half" -> halves.put(word, Boolean.TRUE);
                case "halfbefore" -> halves.put(word, Boolean.FALSE);
                case "currency" -> currencies.put(word, Boolean.TRUE);
                default -> throw new IllegalStateException("Unknown kind in numbers table: " + row[0]);
            }
        }
    }

    /** The text with glued amount decimals and slash dates spelled out, before words are split. */
    static String spellOut(String canonical) {
        if (canonical.indexOf('/') < 0
                && canonical.indexOf('-') < 0
                && canonical.indexOf('%') < 0
                && !canonical.contains("tr")
                && !canonical.contains("củ")) {
            return canonical;
        }
        String out = GLUED.matcher(canonical).replaceAll("$1,$3 $2");
        out = DATE.matcher(out)
                .replaceAll(m -> Integer.parseInt(m.group(1)) <= 31 && Integer.parseInt(m.group(2)) <= 12
                        ? " " + m.group(1) + " tháng " + m.group(2) + " "
                        : m.group());
        return out.replace("%", " phần trăm ");
    }

    /** A number as digits, with thousands separators removed and a decimal comma as a point. */
    static String number(String digitsAndSeparators) {
        if (THOUSANDS.matcher(digitsAndSeparators).matches()) {
            return digitsAndSeparators.replace(".", "").replace(",", "");
        }
        int separator = Math.max(digitsAndSeparators.lastIndexOf('.'), digitsAndSeparators.lastIndexOf(','));
        if (separator < 0) {
            return digitsAndSeparators;
        }
        String whole =
                digitsAndSeparators.substring(0, separator).replace(".", "").replace(",", "");
        return whole + "." + digitsAndSeparators.substring(separator + 1);
    }

    /** The folded syllables with each amount, percentage and date as one token. */
    List<String> canonical(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        int i = 0;
        int n = tokens.size();
        while (i < n) {
            int[] end = new int[1];
            String amount = amount(tokens, i, end);
            if (amount != null) {
                out.add(amount);
                i = end[0];
                continue;
            }
            out.add(tokens.get(i));
            i++;
        }
        return doubled(out);
    }

    /** {@code gấp 2}, {@code x2} and {@code tăng 100%} as {@code gấp đôi}, the official wording. */
    private static List<String> doubled(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String a = tokens.get(i);
            String b = tokens.get(i + 1);
            if ((a.equals("gap") || a.equals("x")) && b.equals("2")) {
                tokens.set(i, "gap");
                tokens.set(i + 1, "doi");
            } else if (a.equals("tang") && b.equals("100%")) {
                tokens.set(i + 1, "gap");
                tokens.add(i + 2, "doi");
            }
        }
        return tokens;
    }

    private String amount(List<String> t, int i, int[] end) {
        BigDecimal value;
        int j;
        String first = t.get(i);
        boolean numeric = isNumber(first);
        if (numeric) {
            value = new BigDecimal(first);
            j = i + 1;
        } else if (halves.get(first) == Boolean.FALSE && i + 1 < t.size() && multipliers.containsKey(t.get(i + 1))) {
            value = new BigDecimal("0.5");
            j = i + 1;
        } else {
            int[] wordsEnd = new int[1];
            Integer spelled = spelled(t, i, wordsEnd);
            int next = wordsEnd[0];
            boolean amount = next < t.size()
                    && (multipliers.containsKey(t.get(next))
                            || hundreds.containsKey(t.get(next))
                                    && next + 1 < t.size()
                                    && multipliers.containsKey(t.get(next + 1)));
            if (spelled == null || !amount) {
                return null;
            }
            value = BigDecimal.valueOf(spelled);
            j = wordsEnd[0];
        }
        if (j < t.size()
                && hundreds.containsKey(t.get(j))
                && j + 1 < t.size()
                && multipliers.containsKey(t.get(j + 1))) {
            value = value.multiply(BigDecimal.valueOf(hundreds.get(t.get(j))));
            j++;
        }
        if (j < t.size() && multipliers.containsKey(t.get(j))) {
            long multiplier = multipliers.get(t.get(j));
            value = value.multiply(BigDecimal.valueOf(multiplier));
            j++;
            if (j < t.size() && halves.get(t.get(j)) == Boolean.TRUE) {
                value = value.add(BigDecimal.valueOf(multiplier / 2));
                j++;
            }
            if (j < t.size() && currencies.containsKey(t.get(j))) {
                j++;
            }
            end[0] = j;
            return value.stripTrailingZeros().toPlainString();
        }
        if (!numeric) {
            return null;
        }
        if (j + 1 < t.size() && t.get(j).equals("phan") && t.get(j + 1).equals("tram")) {
            end[0] = j + 2;
            return value.stripTrailingZeros().toPlainString() + "%";
        }
        if (j + 1 < t.size()
                && t.get(j).equals("thang")
                && isNumber(t.get(j + 1))
                && value.intValue() <= 31
                && value.scale() <= 0
                && new BigDecimal(t.get(j + 1)).intValue() <= 12
                && new BigDecimal(t.get(j + 1)).intValue() >= 1
                && value.intValue() >= 1) {
            end[0] = j + 2;
            return value.intValue() + "/" + new BigDecimal(t.get(j + 1)).intValue();
        }
        if (j < t.size() && currencies.containsKey(t.get(j)) && value.compareTo(BigDecimal.valueOf(1000)) >= 0) {
            end[0] = j + 1;
            return value.stripTrailingZeros().toPlainString();
        }
        end[0] = j;
        return value.stripTrailingZeros().toPlainString();
    }

    /** A number in words ({@code năm}, {@code hai mươi lăm}, {@code mười}) from {@code i}, or null. */
    private Integer spelled(List<String> t, int i, int[] end) {
        int j = i;
        int value = 0;
        boolean any = false;
        if (j < t.size() && digits.containsKey(t.get(j))) {
            value = digits.get(t.get(j));
            j++;
            any = true;
        }
        if (j < t.size() && tens.containsKey(t.get(j))) {
            value = (any ? value : 1) * 10;
            j++;
            any = true;
            if (j < t.size() && (digits.containsKey(t.get(j)) || afterTens.containsKey(t.get(j)))) {
                value += digits.getOrDefault(t.get(j), afterTens.get(t.get(j)));
                j++;
            }
        }
        if (!any && j < t.size() && hundreds.containsKey(t.get(j))) {
            value = 1;
            any = true;
        }
        end[0] = j;
        return any ? value : null;
    }

    private static boolean isNumber(String token) {
        if (token.isEmpty() || !Character.isDigit(token.charAt(0))) {
            return false;
        }
        int points = 0;
        for (int k = 0; k < token.length(); k++) {
            char c = token.charAt(k);
            if (c == '.') {
                points++;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return points <= 1 && token.charAt(token.length() - 1) != '.';
    }
}
