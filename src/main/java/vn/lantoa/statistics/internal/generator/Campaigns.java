package vn.lantoa.statistics.internal.generator;

import java.time.Instant;
import java.util.List;

/**
 * The campaigns generated, as the actions need them: period, target, and the articles to share.
 *
 * @param all campaigns in order of start
 * @param refutations refutation articles (id may be null when articles are not generated), for
 *     rebuttals and refuted claims
 */
record Campaigns(List<Campaign> all, List<Article> refutations) {

    /** A campaign targeting a unit's subtree, by the unit's index in the {@link Structure}. */
    record Campaign(long id, Instant start, Instant end, int targetUnit, List<Article> articles) {}

    /** An article to share: our own (id) or an official outlet's page (id null). */
    record Article(Long id, String url, String title, String source) {}
}
