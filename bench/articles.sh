#!/usr/bin/env bash
# Writes N published articles into a LanToa database, for the search, render, sitemap and memory figures of
# BENCHMARKS.md ("Portal"). Titles, summaries and six-paragraph bodies are recombined from the 57 Vietnamese news
# sentences of bench/sentences.txt, so the common words ("người dân", "chuyển đổi số") match most articles: the
# worst case for ranking. Published one every 10 minutes back from now, spread over the site's categories.
#
# Usage: bench/articles.sh N PSQL-CONNINFO      e.g. bench/articles.sh 100000 "host=127.0.0.1 port=25432 user=postgres dbname=lantoa"
# The running app indexes them for search at its next start (SearchIndex.bringUpToDate), or call it yourself.
set -euo pipefail
N=$1 CONN=$2
DIR=$(dirname "$0")
ARRAY=$(sed "s/'/''/g; s/^/'/; s/\$/'/" "$DIR/sentences.txt" | paste -sd, -)
psql -v ON_ERROR_STOP=1 -q "$CONN" <<SQL
CREATE TEMP TABLE bench_s AS SELECT ARRAY[$ARRAY]::text[] AS s, (SELECT count(*) FROM unnest(ARRAY[$ARRAY])) AS n;
CREATE TEMP TABLE bench_c AS SELECT row_number() OVER (ORDER BY id) - 1 AS i, id, site_id FROM news_category
  WHERE site_id = (SELECT min(id) FROM news_site);
INSERT INTO news_article (site_id, category_id, slug, title, summary, body_html, status, published_at, created_at, updated_at)
SELECT c.site_id, c.id, 'bai-mau-' || g,
       -- a title: the first nine words of one sentence, and a number so that no two are the same
       array_to_string((string_to_array(rtrim(s.s[1 + (g * 7) % s.n], '.'), ' '))[1:9], ' ') || ' (' || g || ')',
       s.s[1 + (g * 11) % s.n] || ' ' || s.s[1 + (g * 13 + 5) % s.n],
       (SELECT string_agg('<p>' || s.s[1 + (g * 17 + p * 3) % s.n] || ' ' || s.s[1 + (g * 19 + p * 5 + 1) % s.n]
                          || ' ' || s.s[1 + (g * 23 + p * 7 + 2) % s.n] || '</p>', '' ORDER BY p)
          FROM generate_series(1, 6) p),
       'PUBLISHED', now() - g * interval '10 minutes', now() - g * interval '10 minutes', now() - g * interval '10 minutes'
FROM generate_series(1, $N) g, bench_s s, bench_c c
WHERE c.i = g % (SELECT count(*) FROM bench_c);
ANALYZE news_article;
SQL
