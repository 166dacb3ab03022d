package vn.lantoa.reports.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class Bm25IndexProperties {

    @Provide
    Arbitrary<List<String>> document() {
        return Arbitraries.of("dat", "nong", "nghiep", "so", "do", "thu", "hoi", "boi", "thuong", "luong", "huu", "x")
                .list()
                .ofMaxSize(25);
    }

    @Provide
    Arbitrary<List<List<String>>> documents() {
        return document().list().ofMaxSize(40);
    }

    @Property
    void scoresEqualTheFirstBoxedIndexToTheLastBit(
            @ForAll("documents") List<List<String>> documents, @ForAll("document") List<String> query) {
        Bm25Index index = new Bm25Index(documents);
        ReferenceBm25Index reference = new ReferenceBm25Index(documents);

        assertThat(index.score(query)).containsExactly(reference.score(query));
        assertThat(index.idealScore(query)).isEqualTo(reference.idealScore(query));
    }

    @Property
    void anIndexGrownByAppendsScoresLikeOneBuiltAtOnce(
            @ForAll("documents") List<List<String>> first,
            @ForAll("documents") List<List<String>> later,
            @ForAll("document") List<String> query) {
        Bm25Index grown = new Bm25Index(first);
        double[] before = grown.score(query);
        later.forEach(grown::add);
        Bm25Index atOnce = new Bm25Index(
                java.util.stream.Stream.concat(first.stream(), later.stream()).toList());

        assertThat(before).hasSize(first.size());
        assertThat(grown.size()).isEqualTo(first.size() + later.size());
        assertThat(grown.score(query)).containsExactly(atOnce.score(query));
        assertThat(grown.idealScore(query)).isEqualTo(atOnce.idealScore(query));
    }
}
