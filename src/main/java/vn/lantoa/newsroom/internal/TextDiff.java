package vn.lantoa.newsroom.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A line diff by longest common subsequence: small inputs (article revisions), exact output. */
public final class TextDiff {

    public enum Op {
        SAME,
        ADDED,
        REMOVED
    }

    public record Line(Op op, String text) {}

    private TextDiff() {}

    /** Article HTML as lines: one per block element, so a changed paragraph is one changed line. */
    public static List<String> htmlLines(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        String split = html.replaceAll("(?i)(</(p|h[1-6]|li|ul|ol|figure|blockquote|table|tr)>|<br\\s*/?>)", "$1\n");
        return Arrays.stream(split.split("\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    public static List<Line> diff(List<String> before, List<String> after) {
        int n = before.size();
        int m = after.size();
        if ((long) n * m > 4_000_000L) {
            // Too big for the quadratic table: show it as replaced wholesale rather than run out of memory.
            List<Line> out = new ArrayList<>();
            before.forEach(l -> out.add(new Line(Op.REMOVED, l)));
            after.forEach(l -> out.add(new Line(Op.ADDED, l)));
            return out;
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = before.get(i).equals(after.get(j))
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Line> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (before.get(i).equals(after.get(j))) {
                out.add(new Line(Op.SAME, before.get(i)));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Line(Op.REMOVED, before.get(i++)));
            } else {
                out.add(new Line(Op.ADDED, after.get(j++)));
            }
        }
        while (i < n) {
            out.add(new Line(Op.REMOVED, before.get(i++)));
        }
        while (j < m) {
            out.add(new Line(Op.ADDED, after.get(j++)));
        }
        return out;
    }
}
