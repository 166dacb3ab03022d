package vn.lantoa.reports.internal.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ShinglesProperties {

    private static final MinHash MIN_HASH = new MinHash(64);
    private final TextNormalizer normalizer = TextNormalizer.standard();

    @Provide
    Arbitrary<String> vietnamese() {
        Arbitrary<String> syllable = Arbitraries.of(
                "Hòa", "hoà", "thủy", "điện", "Đất", "nông", "nghiệp", "ko", "dc", "bồi", "thường", "người", "dân",
                "500k", "5tr", "KHẨN", "quáaaa", "sổ", "đỏ", "j", "Nguyễn", "xã", "ấp", "!", "...", "1/7", "🙂", "cccd",
                "link", "Zalo");
        return syllable.list().ofMinSize(0).ofMaxSize(30).map(list -> String.join(" ", list));
    }

    @Property
    void foldingIsIdempotent(@ForAll("vietnamese") String text) {
        String once = TextNormalizer.fold(text);
        assertThat(TextNormalizer.fold(once)).isEqualTo(once);
    }

    @Property
    void canonicalFormIsIdempotent(@ForAll("vietnamese") String text) {
        String once = TextNormalizer.canonical(text);
        assertThat(TextNormalizer.canonical(once)).isEqualTo(once);
    }

    @Property
    void normalisingTheSyllablesAgainChangesNothing(@ForAll("vietnamese") String text) {
        List<String> once = normalizer.syllables(text);
        assertThat(normalizer.syllables(String.join(" ", once))).isEqualTo(once);
    }

    @Property
    void syllablesAreLowerCaseAsciiLettersOrDigits(@ForAll("vietnamese") String text) {
        // Amounts may carry a decimal point, percentages a %, dates a slash: 1.5, 20%, 1/7.
        assertThat(normalizer.syllables(text))
                .allSatisfy(s -> assertThat(s).matches("[a-z0-9]+|[0-9]+(\\.[0-9]+)?%?|[0-9]{1,2}/[0-9]{1,2}"));
    }

    @Property
    void identicalTextsHaveSimilarityOne(@ForAll("vietnamese") String text) {
        Set<Long> shingles = Shingles.hashed(normalizer.syllables(text), 2);
        assertThat(Shingles.jaccard(shingles, shingles)).isEqualTo(1.0);
        assertThat(MinHash.similarity(MIN_HASH.signature(shingles), MIN_HASH.signature(shingles)))
                .isEqualTo(1.0);
    }

    @Property
    void similarityIsSymmetricAndBetweenZeroAndOne(@ForAll("vietnamese") String a, @ForAll("vietnamese") String b) {
        long[] sa = MIN_HASH.signature(Shingles.hashed(normalizer.syllables(a), 2));
        long[] sb = MIN_HASH.signature(Shingles.hashed(normalizer.syllables(b), 2));
        double ab = MinHash.similarity(sa, sb);
        assertThat(ab).isBetween(0.0, 1.0).isEqualTo(MinHash.similarity(sb, sa));
    }

    @Property
    void differentlyTypedCopiesOfATextAreIdenticalAfterNormalising(@ForAll("vietnamese") String text) {
        String noDiacritics = TextNormalizer.fold(text).toUpperCase(java.util.Locale.ROOT);
        assertThat(Shingles.hashed(normalizer.syllables(noDiacritics), 2))
                .isEqualTo(Shingles.hashed(normalizer.syllables(text), 2));
    }

    @Property(tries = 50)
    void minHashEstimatesJaccardWithinTolerance(
            @ForAll @IntRange(min = 20, max = 200) int size, @ForAll @IntRange(min = 0, max = 100) int overlapPercent) {
        Set<Long> a = new java.util.HashSet<>();
        Set<Long> b = new java.util.HashSet<>();
        int shared = size * overlapPercent / 100;
        for (long i = 0; i < size; i++) {
            a.add(i);
            b.add(i < shared ? i : i + 1_000_000);
        }
        MinHash precise = new MinHash(256);
        double estimate = MinHash.similarity(precise.signature(a), precise.signature(b));
        assertThat(estimate).isCloseTo(Shingles.jaccard(a, b), org.assertj.core.data.Offset.offset(0.2));
    }

    @Property(tries = 50)
    void lshFindsNearDuplicates(@ForAll("vietnamese") String text) {
        List<String> syllables = new ArrayList<>(normalizer.syllables(text));
        syllables.addAll(List.of("thu", "hoi", "dat", "nong", "nghiep", "khong", "boi", "thuong"));
        LshIndex<String> index = new LshIndex<>(16, 4);
        index.add("original", MIN_HASH.signature(Shingles.hashed(syllables, 2)));
        List<String> copy = new ArrayList<>(syllables);
        copy.add("nhe");
        assertThat(index.candidates(MIN_HASH.signature(Shingles.hashed(copy, 2))))
                .contains("original");
    }

    @Property
    void wordsAreTheRegexSplitOnAnythingButLettersAndNumbers(@ForAll String any, @ForAll("vietnamese") String text) {
        for (String s : List.of(any, text, any + " " + text)) {
            List<String> expected = java.util.Arrays.stream(s.split("[^\\p{L}\\p{N}]+"))
                    .filter(w -> !w.isEmpty())
                    .toList();
            assertThat(TextNormalizer.words(s)).isEqualTo(expected);
        }
    }

    @Property
    void bothSyllableListsAreThoseOfTheSeparateCalls(@ForAll("vietnamese") String text) {
        TextNormalizer.Syllables both = normalizer.both(text);
        assertThat(both.folded()).isEqualTo(normalizer.syllables(text));
        assertThat(both.accented()).isEqualTo(normalizer.accentedSyllables(text));
    }
}
