package vn.lantoa.reports.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class TopKProperties {

    @Property
    void keepsTheSameItemsInTheSameOrderAsSortingEverything(
            @ForAll @Size(max = 200) List<@IntRange(min = 0, max = 20) Integer> scores,
            @ForAll @IntRange(min = 1, max = 30) int k) {
        // Few distinct scores, so ties (broken by the lower item number) are common.
        Comparator<Integer> order = Comparator.comparingDouble((Integer i) -> scores.get(i))
                .reversed()
                .thenComparing(Comparator.naturalOrder());
        List<Integer> expected =
                IntStream.range(0, scores.size()).boxed().sorted(order).limit(k).toList();

        TopK top = new TopK(k, Integer::compare);
        IntStream.range(0, scores.size()).forEach(i -> top.offer(i, scores.get(i)));
        double[] kept = new double[top.size()];
        int[] best = top.drainBestFirst(kept);

        assertThat(IntStream.of(best).boxed().toList()).isEqualTo(expected);
        assertThat(kept)
                .containsExactly(expected.stream().mapToDouble(scores::get).toArray());
    }

    @Property
    void refusesOnlyBoundsBelowTheWorstKeptScore(
            @ForAll @Size(min = 1, max = 50) List<@IntRange(min = 0, max = 10) Integer> scores,
            @ForAll @IntRange(min = 1, max = 10) int k,
            @ForAll @IntRange(min = 0, max = 10) int bound) {
        TopK top = new TopK(k, Integer::compare);
        IntStream.range(0, scores.size()).forEach(i -> top.offer(i, scores.get(i)));
        double worstKept = scores.stream()
                .sorted(Comparator.reverseOrder())
                .limit(k)
                .mapToDouble(Integer::doubleValue)
                .min()
                .orElseThrow();

        assertThat(top.couldEnter(bound)).isEqualTo(scores.size() < k || bound >= worstKept);
    }
}
