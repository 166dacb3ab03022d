package vn.lantoa.platform.web;

/**
 * Fills a route's mapping pattern ({@code /quan-tri/bai-viet/{id:\d+}}) with values, so that a
 * module's routes class spells each address once, for the controller that maps it and for the
 * templates and redirects that link to it.
 */
public final class RoutePattern {

    private RoutePattern() {}

    /**
     * The pattern with its {@code {…}} variables replaced, in order, by {@code values}. The values
     * are put in as they are (ids, slugs, codes): nothing is encoded.
     *
     * @throws IllegalArgumentException if the pattern has more or fewer variables than values
     */
    public static String fill(String pattern, Object... values) {
        StringBuilder path = new StringBuilder(pattern.length() + 16);
        int next = 0;
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c != '{') {
                path.append(c);
                i++;
                continue;
            }
            if (next == values.length) {
                throw new IllegalArgumentException(pattern + " has more variables than " + values.length);
            }
            path.append(values[next++]);
            i = end(pattern, i) + 1;
        }
        if (next != values.length) {
            throw new IllegalArgumentException(pattern + " has fewer variables than " + values.length);
        }
        return path.toString();
    }

    /** The index of the brace closing the variable opened at {@code open} (a regex may nest braces). */
    private static int end(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException(pattern + " has an unclosed variable");
    }
}
