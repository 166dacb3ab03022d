package vn.lantoa.newsroom.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTests {

    @Test
    void showsAChangedParagraphAsRemovedAndAdded() {
        var diff = TextDiff.diff(
                TextDiff.htmlLines("<p>Một</p><p>Hai</p><p>Ba</p>"),
                TextDiff.htmlLines("<p>Một</p><p>Hai mươi</p><p>Ba</p>"));
        assertThat(diff)
                .containsExactly(
                        new TextDiff.Line(TextDiff.Op.SAME, "<p>Một</p>"),
                        new TextDiff.Line(TextDiff.Op.REMOVED, "<p>Hai</p>"),
                        new TextDiff.Line(TextDiff.Op.ADDED, "<p>Hai mươi</p>"),
                        new TextDiff.Line(TextDiff.Op.SAME, "<p>Ba</p>"));
    }

    @Test
    void findsNoChangeBetweenEqualTexts() {
        var lines = List.of("a", "b");
        assertThat(TextDiff.diff(lines, lines)).allMatch(l -> l.op() == TextDiff.Op.SAME);
    }
}
