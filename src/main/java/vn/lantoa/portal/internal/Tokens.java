package vn.lantoa.portal.internal;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Words already split and normalised by {@link SearchText}, handed to Lucene as they are (no
 * analyzer of Lucene's: the index and the queries share SearchText's rules). A {@code null} leaves
 * a gap, so no phrase runs across it.
 */
final class Tokens extends TokenStream {

    private final List<String> words;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private int next;

    Tokens(List<String> words) {
        this.words = words;
    }

    @Override
    public boolean incrementToken() {
        int gap = 0;
        while (next < words.size() && words.get(next) == null) {
            next++;
            gap++;
        }
        if (next >= words.size()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(words.get(next++));
        increment.setPositionIncrement(1 + gap);
        return true;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        next = 0;
    }
}
