package vn.lantoa.reports.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The matcher (primitive postings, bounded heap, MinHash only where it can matter) against the first one. */
class ClaimMatcherProperties {

    @Provide
    Arbitrary<String> text() {
        // A small vocabulary, so that claims share many terms and scores often tie.
        return Arbitraries.of(
                        "Nhà", "nước", "thu", "hồi", "đất", "nông", "nghiệp", "sổ", "đỏ", "ko", "bồi", "thường",
                        "người", "dân", "lương", "hưu", "cắt", "30%", "thủy", "điện", "vỡ", "đập", "hoà", "hộ", "họ",
                        "link", "dc", "500k", "!")
                .list()
                .ofMinSize(1)
                .ofMaxSize(20)
                .map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<List<String>> texts() {
        return text().list().ofMinSize(1).ofMaxSize(40);
    }

    private static List<MatchableClaim> claims(List<String> texts) {
        List<MatchableClaim> claims = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            claims.add(new MatchableClaim("c" + i, texts.get(i)));
        }
        return claims;
    }

    @Property(tries = 300)
    void returnsExactlyTheRankingAndScoresOfScoringAndSortingEveryClaim(
            @ForAll("texts") List<String> texts,
            @ForAll("text") String query,
            @ForAll @IntRange(min = 1, max = 15) int limit) {
        List<MatchableClaim> claims = claims(texts);

        assertThat(new ClaimMatcher(claims).match(query, limit))
                .isEqualTo(new ReferenceClaimMatcher(claims).match(query, limit));
    }

    @Property(tries = 100)
    void aMatcherGrownByAppendsRanksLikeOneBuiltAtOnce(
            @ForAll("texts") List<String> texts,
            @ForAll("text") String query,
            @ForAll @IntRange(min = 0, max = 40) int split) {
        List<MatchableClaim> claims = claims(texts);
        int cut = Math.min(split, claims.size());
        ClaimMatcher grown = new ClaimMatcher(claims.subList(0, cut));
        grown.addAll(claims.subList(cut, claims.size()));

        assertThat(grown.size()).isEqualTo(claims.size());
        assertThat(grown.match(query, 10)).isEqualTo(new ReferenceClaimMatcher(claims).match(query, 10));
    }
}
