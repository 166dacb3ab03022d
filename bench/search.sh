#!/usr/bin/env bash
# Search latency (BENCHMARKS.md, "Portal"): distinct queries one after another against a running LanToa, each
# uncached (the JSON API /api/v1/articles is not page-cached), half with diacritics and half folded, made of
# one to three consecutive words of bench/sentences.txt (the words of bench/articles.sh's corpus), so most
# match thousands of articles. Prints p50, p95, max and the slowest queries.
#
# Usage: bench/search.sh BASE-URL [QUERIES] [PATH]   e.g. bench/search.sh http://127.0.0.1:8091 270
#        PATH: /api/v1/articles (default) or /tim-kiem (the HTML page; a first request of each query is a miss)
set -euo pipefail
BASE=$1 N=${2:-270} PATH_=${3:-/api/v1/articles}
DIR=$(dirname "$0")
OUT=$(mktemp)
trap 'rm -f "$OUT"' EXIT
python3 - "$DIR/sentences.txt" "$N" <<'PY' | while IFS= read -r q; do
import random, sys, unicodedata
def fold(s):
    s = unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D'))
    return unicodedata.normalize('NFC', ''.join(c for c in s if unicodedata.category(c) != 'Mn'))
words = [[w.strip('.,').lower() for w in line.split()] for line in open(sys.argv[1], encoding='utf-8')]
rnd, n, seen = random.Random(20), int(sys.argv[2]), set()
while len(seen) < n:
    line = rnd.choice(words); k = rnd.choice([1, 2, 2, 3, 3]); i = rnd.randrange(0, max(1, len(line) - k))
    q = ' '.join(line[i:i + k])
    q = fold(q) if len(seen) % 2 else q
    if q not in seen:
        seen.add(q); print(q)
PY
  t=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' --max-time 30 -G --data-urlencode "q=$q" \
      -A 'Mozilla/5.0 (bench)' "$BASE$PATH_")
  echo "$t $q" >>"$OUT"
done
awk '$1 != 200 {bad++} END {if (bad) print bad " answers were not 200"}' "$OUT"
sort -k2 -n "$OUT" | awk '{t[NR] = $2 * 1000; line[NR] = $0} END {
  printf "queries %d, p50 %.1f ms, p95 %.1f ms, max %.1f ms\n", NR, t[int(NR * 0.5 + 0.5)], t[int(NR * 0.95 + 0.5)], t[NR]
  print "slowest:"; for (i = NR; i > NR - 5 && i > 0; i--) print "  " line[i] }'
