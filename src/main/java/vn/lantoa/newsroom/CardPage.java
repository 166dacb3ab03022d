package vn.lantoa.newsroom;

import java.util.List;

/** One page of article cards and the number of articles on all pages together. */
public record CardPage(List<ArticleCard> cards, long total) {

    public CardPage {
        cards = List.copyOf(cards);
    }
}
