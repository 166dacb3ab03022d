package vn.lantoa.reports.internal.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The labelled Vietnamese evaluation set in {@code src/test/resources/reports/eval}. */
record EvaluationSet(List<MatchableClaim> claims, List<LabelledReport> reports) {

    /** A report text, the claim it is about ({@code null} for none) and its split. */
    record LabelledReport(String split, String claimId, String kind, String text) {
        boolean hasClaim() {
            return claimId != null;
        }
    }

    static EvaluationSet load() {
        return new EvaluationSet(originalClaims(), reports("/reports/eval/reports.tsv"));
    }

    /**
     * The sibling set ({@code eval/siblings}): 120 claims in 40 families of three siblings, on file
     * together with the 64 claims of the first set, and rumour-style reports about them or about
     * nothing on file.
     */
    static EvaluationSet siblings() {
        List<MatchableClaim> claims = new ArrayList<>(originalClaims());
        claims.addAll(read("/reports/eval/siblings/claims.tsv", 3, f -> new MatchableClaim(f[0], f[2])));
        return new EvaluationSet(List.copyOf(claims), reports("/reports/eval/siblings/reports.tsv"));
    }

    private static List<MatchableClaim> originalClaims() {
        return read("/reports/eval/claims.tsv", 4, f -> new MatchableClaim(f[0], f[3]));
    }

    private static List<LabelledReport> reports(String resource) {
        return read(resource, 4, f -> new LabelledReport(f[0], "-".equals(f[1]) ? null : f[1], f[2], f[3]));
    }

    List<LabelledReport> split(String name) {
        return reports.stream().filter(r -> r.split().equals(name)).toList();
    }

    private static <T> List<T> read(String resource, int fields, Function<String[], T> mapper) {
        List<T> out = new ArrayList<>();
        try (InputStream in = EvaluationSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != fields) {
                    throw new IllegalStateException(resource + ": expected " + fields + " fields: " + line);
                }
                out.add(mapper.apply(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
