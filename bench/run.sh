#!/usr/bin/env bash
# Portal HTTP bench (BENCHMARKS.md, "Portal"): LanToa against Debian's nginx serving the very same bytes.
#
# Usage: bench/run.sh [--no-build] [--jar PATH] [--smoke] [--rounds N] [--warmup S] [--duration S]
#                     [--connections N] [--no-append] [--append] [--keep-data] [--wordpress]
#
#   --no-build      use the jar already in target/ (default: ./mvnw -q -o package -DskipTests first)
#   --jar PATH      use this jar (implies --no-build)
#   --smoke         ~2 s per target, 1 round, nothing appended to BENCHMARKS.md (unless --append)
#   --rounds N      alternating rounds over all targets (default 2)
#   --warmup S      seconds of warm-up before each measurement (default 5)
#   --duration S    seconds measured per target and round (default 15)
#   --jit-warmup S  seconds of load on each LanToa target once before round 1, so the JIT has compiled the
#                   hot paths (default 20, smoke 8)
#   --baseline-jar PATH  also start this jar (page cache on, and off) and measure it in the same rounds: the
#                   before/after of a change, under the same load
#   --only REGEX    only the targets whose name matches (the nginx references are always run)
#   --wordpress     NOT IMPLEMENTED: the WordPress comparison of issue 20 was run by hand; the flag only
#                   says so and exits.
#
# What it does: starts two LanToa instances on their demo data (one with the page cache, one with
# lantoa.portal.page-cache.enabled=false), both pinned to core 0 with `taskset -c 0` (their embedded
# PostgreSQL inherits the pinning), fetches one article from LanToa, writes it (and a .gz of it) into a
# temporary nginx root, starts nginx on core 0, and runs `taskset -c 1 wrk -t2 -c64` against every target
# in alternating rounds. Prints one markdown table (req/s, p99, ratios against nginx measured in the same
# run) and, unless told not to, adds it to the Portal section of BENCHMARKS.md with date, commit, JDK, CPU
# and load average. Every step has a timeout; a trap stops everything the script started.
#
# All requests carry a browser User-Agent (a request without one counts as a bot and is not counted as a
# visit) and no cookies, so each LanToa answer also mints a CSRF cookie: a first visit, the worst case.
set -uo pipefail
cd "${BENCH_ROOT:-$(dirname "$0")/..}" # BENCH_ROOT: when running a copy of this script
ROOT=$(pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

BUILD=1 JAR="" SMOKE=0 ROUNDS=2 WARMUP=5 DURATION=15 CONNECTIONS=64 APPEND="" KEEP=0 JIT=20 ONLY="" BASELINE=""
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --jar) JAR=$2; BUILD=0; shift ;;
    --smoke) SMOKE=1 ;;
    --rounds) ROUNDS=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --jit-warmup) JIT=$2; shift ;;
    --only) ONLY=$2; shift ;;
    --baseline-jar) BASELINE=$2; shift ;;
    --no-append) APPEND=0 ;;
    --append) APPEND=1 ;;
    --keep-data) KEEP=1 ;;
    --wordpress) echo "--wordpress is not implemented (see the usage text in $0)" >&2; exit 2 ;;
    -h|--help) sed -n '2,25p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ "$SMOKE" = 1 ]; then ROUNDS=1 WARMUP=2 DURATION=2 JIT=8; fi
[ -z "$APPEND" ] && { [ "$SMOKE" = 1 ] && APPEND=0 || APPEND=1; }

for tool in wrk nginx taskset curl gzip; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }
done

WORK=$(mktemp -d /tmp/lantoa-bench.XXXXXX)
chmod 755 "$WORK" # nginx's workers run as www-data
PIDS=()
cleanup() {
  trap '' INT TERM # a second signal must not cut the clean-up short
  [ -n "${WATCHDOG:-}" ] && kill "$WATCHDOG" 2>/dev/null
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null
  done
  # an embedded PostgreSQL left behind (its JVM killed hard): the postmaster of our own data directory only
  for pidfile in "$WORK"/*-data/postgres/postmaster.pid; do
    [ -f "$pidfile" ] || continue
    pid=$(head -1 "$pidfile")
    if [ -n "$pid" ] && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "-D ${pidfile%/postmaster.pid}"; then
      kill -INT "$pid" 2>/dev/null
    fi
  done
  [ "$KEEP" = 1 ] || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
# the whole run is bounded too: per target and round warm-up + measurement + slack, plus start-up
LIMIT=$(( 600 + 8 * (JIT + 25) + ROUNDS * 8 * (WARMUP + DURATION + 45) ))
# (a loop of short sleeps, so that killing the watchdog leaves no sleep behind)
( for _ in $(seq 1 "$LIMIT"); do sleep 1; done; echo "bench: over ${LIMIT}s, stopping" >&2; kill -TERM $$ ) 2>/dev/null &
WATCHDOG=$!

free_port() { # a port nobody listens on, from a range away from 8080 and 55432
  local p
  for p in $(shuf -i 20000-29999 -n 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
  echo "no free port" >&2; exit 1
}

if [ "$BUILD" = 1 ]; then
  echo "bench: building" >&2
  timeout 900 ./mvnw -q -o package -DskipTests >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
fi
[ -n "$JAR" ] || JAR=$(ls "$ROOT"/target/lantoa-*.jar 2>/dev/null | grep -v original | head -1)
[ -f "$JAR" ] || { echo "no jar (build first or give --jar)" >&2; exit 1; }

declare -A JPID
start_lantoa() { # name port extra-args...   (LANTOA_JAR overrides the jar)
  local name=$1 port=$2 pg; shift 2
  # a PostgreSQL port of its own: two instances picking "a free port" at the same moment may pick the same
  pg=$(free_port)
  taskset -c 0 "$JAVA_HOME/bin/java" ${BENCH_JAVA_OPTS:-} -jar "${LANTOA_JAR:-$JAR}" --lantoa.data-dir="$WORK/$name-data" \
    --server.port="$port" --lantoa.embedded.port="$pg" --logging.level.root=WARN "$@" >"$WORK/$name.log" 2>&1 &
  PIDS+=($!)
  JPID[$name]=$!
}
wait_up() { # url pid
  local i
  for i in $(seq 1 300); do
    curl -sf -o /dev/null --max-time 5 "$1" && return 0
    kill -0 "$2" 2>/dev/null || break
    sleep 0.5
  done
  echo "bench: $1 did not come up" >&2; return 1
}

UA='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'
ARTICLE=${BENCH_ARTICLE:-/bai-viet/vinh-long-nhan-rong-mo-hinh-nhom-zalo-chia-se-thong-tin-tich-cuc-o-co-so}
CACHED=$(free_port); start_lantoa cached "$CACHED"; CACHED_PID=${PIDS[-1]}
RENDER=$(free_port); start_lantoa render "$RENDER" --lantoa.portal.page-cache.enabled=false; RENDER_PID=${PIDS[-1]}
# the demo is seeded after the server is up (an ApplicationRunner): wait for the article itself
wait_up "http://127.0.0.1:$CACHED$ARTICLE" "$CACHED_PID" || { tail -20 "$WORK/cached.log"; exit 1; }
wait_up "http://127.0.0.1:$RENDER$ARTICLE" "$RENDER_PID" || { tail -20 "$WORK/render.log"; exit 1; }
if [ -n "$BASELINE" ]; then
  BASE=$(free_port); LANTOA_JAR=$BASELINE start_lantoa base "$BASE"
  wait_up "http://127.0.0.1:$BASE$ARTICLE" "${JPID[base]}" || { tail -20 "$WORK/base.log"; exit 1; }
  curl -s -o /dev/null --max-time 10 -A "$UA" "http://127.0.0.1:$BASE$ARTICLE"
  BASER=$(free_port); LANTOA_JAR=$BASELINE start_lantoa baserender "$BASER" --lantoa.portal.page-cache.enabled=false
  wait_up "http://127.0.0.1:$BASER$ARTICLE" "${JPID[baserender]}" || { tail -20 "$WORK/baserender.log"; exit 1; }
fi

# the page nginx serves: LanToa's own bytes (the one CSRF token in it is as long as any other)
mkdir -p "$WORK/www"; chmod 755 "$WORK/www"
curl -sf --max-time 10 -A "$UA" -o "$WORK/www/page.html" "http://127.0.0.1:$CACHED$ARTICLE" || { echo "bench: no article" >&2; exit 1; }
gzip -9 -k -n "$WORK/www/page.html"
# the article's own category, for the category page target
CATEGORY=$(grep -o 'href="/chuyen-muc/[^"?]*"' "$WORK/www/page.html" | head -1 | sed 's/^href="//; s/"$//')
[ -n "$CATEGORY" ] || { echo "bench: no category link in the article" >&2; exit 1; }
HIT=$(curl -s --max-time 10 -A "$UA" -D - -o /dev/null "http://127.0.0.1:$CACHED$ARTICLE" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-page-cache"{print $2}')
[ "$HIT" = HIT ] || { echo "bench: expected a page-cache hit, got '$HIT'" >&2; exit 1; }
BR=$(curl -s --max-time 10 -A "$UA" -H 'Accept-Encoding: br' -D - -o /dev/null "http://127.0.0.1:$CACHED$ARTICLE" | tr -d '\r' | awk -F': ' 'tolower($1)=="content-encoding"{print $2}')

NGINX=$(free_port)
cat >"$WORK/nginx.conf" <<EOF
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  default_type text/html;
  client_body_temp_path $WORK/ngx-body; proxy_temp_path $WORK/ngx-proxy; fastcgi_temp_path $WORK/ngx-fcgi;
  uwsgi_temp_path $WORK/ngx-uwsgi; scgi_temp_path $WORK/ngx-scgi;
  server {
    listen 127.0.0.1:$NGINX;
    root $WORK/www;
    location = /same { default_type "text/html; charset=UTF-8"; try_files /page.html =404; }
    location = /fly { default_type "text/html; charset=UTF-8"; gzip on; gzip_types text/html; try_files /page.html =404; }
  }
}
EOF
taskset -c 0 nginx -c "$WORK/nginx.conf" -p "$WORK" >"$WORK/nginx.out" 2>&1 &
PIDS+=($!)
JPID[nginx]=$!
wait_up "http://127.0.0.1:$NGINX/same" "${PIDS[-1]}" || { tail -5 "$WORK/nginx.out" "$WORK/nginx-error.log"; exit 1; }
cmp -s <(curl -s --max-time 5 "http://127.0.0.1:$NGINX/same") "$WORK/www/page.html" || { echo "bench: nginx bytes differ" >&2; exit 1; }

# name|url|accept-encoding|server (whose CPU time is counted)
TARGETS=(
  "nginx, same bytes|http://127.0.0.1:$NGINX/same||nginx"
  "LanToa, page-cache hit|http://127.0.0.1:$CACHED$ARTICLE||cached"
)
[ -n "$BASELINE" ] && TARGETS+=("LanToa baseline jar, page-cache hit|http://127.0.0.1:$BASE$ARTICLE||base")
TARGETS+=(
  "nginx, gzip on the fly (level 1)|http://127.0.0.1:$NGINX/fly|gzip|nginx"
  "LanToa, page-cache hit, precompressed gzip|http://127.0.0.1:$CACHED$ARTICLE|gzip|cached"
)
[ -n "$BASELINE" ] && TARGETS+=("LanToa baseline jar, page-cache hit, gzip|http://127.0.0.1:$BASE$ARTICLE|gzip|base")
[ "$BR" = br ] && TARGETS+=("LanToa, page-cache hit, precompressed br|http://127.0.0.1:$CACHED$ARTICLE|br|cached")
TARGETS+=(
  "LanToa, article rendered (cache off)|http://127.0.0.1:$RENDER$ARTICLE||render"
  "LanToa, home rendered (cache off)|http://127.0.0.1:$RENDER/||render"
  "LanToa, category rendered (cache off)|http://127.0.0.1:$RENDER$CATEGORY||render"
  "LanToa, search rendered (cache off)|http://127.0.0.1:$RENDER/tim-kiem?q=chia+se+thong+tin||render"
  "LanToa, RSS rendered (cache off)|http://127.0.0.1:$RENDER/rss.xml||render"
)
[ -n "$BASELINE" ] && TARGETS+=(
  "LanToa baseline jar, article rendered (cache off)|http://127.0.0.1:$BASER$ARTICLE||baserender"
  "LanToa baseline jar, home rendered (cache off)|http://127.0.0.1:$BASER/||baserender"
)

if [ -n "$ONLY" ]; then
  KEPT=()
  for t in "${TARGETS[@]}"; do
    name=${t%%|*}
    if [[ $name == nginx* ]] || [[ $name =~ $ONLY ]]; then KEPT+=("$t"); fi
  done
  TARGETS=("${KEPT[@]}")
fi

server_pids() { # a server's processes: nginx master + worker; a JVM + its postmaster + the backends
  local main=${JPID[$1]} pm=""
  echo "$main"
  if [ "$1" = nginx ]; then pgrep -P "$main"; return; fi
  pm=$(head -1 "$WORK/$1-data/postgres/postmaster.pid" 2>/dev/null)
  [ -n "$pm" ] && { echo "$pm"; pgrep -P "$pm"; }
}
cpu_ticks() { # utime + stime of a server's processes, in clock ticks
  local p t=0 v
  for p in $(server_pids "$1"); do
    v=$(sed 's/^.*) //' "/proc/$p/stat" 2>/dev/null | awk '{print $12 + $13}')
    t=$(( t + ${v:-0} ))
  done
  echo "$t"
}
HZ=$(getconf CLK_TCK)

run_wrk() { # url accept-encoding seconds outfile
  local args=(-t2 "-c$CONNECTIONS" "-d${3}s" --latency --timeout 5s -H "User-Agent: $UA")
  [ -n "$2" ] && args+=(-H "Accept-Encoding: $2")
  timeout $(( $3 + 20 )) taskset -c 1 wrk "${args[@]}" "$1" >"$4" 2>&1
}
to_ms() { # wrk duration (us, ms, s) -> ms
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}

if [ "$JIT" -gt 0 ]; then
  for t in "${TARGETS[@]}"; do
    IFS='|' read -r name url enc server <<<"$t"
    [[ $name == LanToa* ]] && run_wrk "$url" "$enc" "$JIT" "$WORK/jit.txt"
  done
fi
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
declare -A RPS P99 ERR CPU
for round in $(seq 1 "$ROUNDS"); do
  for i in "${!TARGETS[@]}"; do
    IFS='|' read -r name url enc server <<<"${TARGETS[$i]}"
    [ "$WARMUP" -gt 0 ] && run_wrk "$url" "$enc" "$WARMUP" "$WORK/warm.txt"
    out="$WORK/wrk-$round-$i.txt"
    t0=$(cpu_ticks "$server")
    run_wrk "$url" "$enc" "$DURATION" "$out"
    t1=$(cpu_ticks "$server")
    n=$(awk '/requests in/ {print $1}' "$out")
    CPU[$round,$i]=$(awk -v d=$(( t1 - t0 )) -v hz="$HZ" -v n="${n:-0}" 'BEGIN { if (n > 0) printf "%.4f", d * 1000 / hz / n; else print 0 }')
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
    p99=$(awk '$1=="99%" {print $2}' "$out")
    bad=$(awk '/Non-2xx|Socket errors/ {print}' "$out" | tr '\n' ' ')
    RPS[$round,$i]=${rps:-0}; P99[$round,$i]=$(to_ms "${p99:-0}"); ERR[$i]="${ERR[$i]:-}$bad"
    echo "bench: round $round  $name: ${rps:-?} req/s, p99 ${p99:-?}, ${CPU[$round,$i]} ms CPU/request $bad" >&2
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

mean_rps() { local s=0 r; for r in $(seq 1 "$ROUNDS"); do s=$(awk -v a="$s" -v b="${RPS[$r,$1]}" 'BEGIN{print a+b}'); done; awk -v s="$s" -v n="$ROUNDS" 'BEGIN{printf "%.0f", s/n}'; }
range_rps() { local r v=""; for r in $(seq 1 "$ROUNDS"); do v="$v ${RPS[$r,$1]}"; done; echo "$v" | awk '{mn=$1; mx=$1; for(i=2;i<=NF;i++){if($i<mn)mn=$i; if($i>mx)mx=$i} printf "%.0f–%.0f", mn, mx}'; }
max_p99() { local r v=""; for r in $(seq 1 "$ROUNDS"); do v="$v ${P99[$r,$1]}"; done; echo "$v" | awk '{mx=$1; for(i=2;i<=NF;i++) if($i+0>mx+0) mx=$i; print mx}'; }
mean_cpu() { local r v=""; for r in $(seq 1 "$ROUNDS"); do v="$v ${CPU[$r,$1]}"; done; echo "$v" | awk '{s=0; for(i=1;i<=NF;i++) s+=$i; printf "%.3f", s/NF}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f×", a / b; else print "–" }'; }

for i in "${!TARGETS[@]}"; do
  case "${TARGETS[$i]}" in
    "nginx, same bytes|"*) NGINX_SAME=$(mean_rps "$i") ;;
    "nginx, gzip on the fly"*) NGINX_FLY=$(mean_rps "$i") ;;
  esac
done
TABLE="| target | req/s (mean of $ROUNDS) | range | p99 (worst) | server CPU ms/request | vs nginx same bytes | vs nginx gzip on the fly |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for i in "${!TARGETS[@]}"; do
  IFS='|' read -r name url enc server <<<"${TARGETS[$i]}"
  m=$(mean_rps "$i")
  vs_fly="–"; [ -n "$enc" ] && vs_fly=$(ratio "$m" "$NGINX_FLY")
  note=""; [ -n "${ERR[$i]}" ] && note=" (errors: ${ERR[$i]})"
  TABLE="$TABLE
| $name$note | $(printf "%'d" "$m") | $(range_rps "$i") | $(max_p99 "$i") ms | $(mean_cpu "$i") | $(ratio "$m" "$NGINX_SAME") | $vs_fly |"
done

COMMIT=$(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet 2>/dev/null || echo "+dirty")
JDK=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)
CPU=$(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}')
HEAD="### bench/run.sh, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $COMMIT

\`wrk -t2 -c$CONNECTIONS\` on core 1, LanToa (two instances: page cache on / \`lantoa.portal.page-cache.enabled=false\`)
and nginx (\`worker_processes 1\`, no access log) on core 0; $ROUNDS alternating rounds of ${WARMUP} s warm-up +
${DURATION} s; page \`$ARTICLE\` ($(wc -c <"$WORK/www/page.html") bytes, gzip -9 $(wc -c <"$WORK/www/page.html.gz") bytes).
JDK: $JDK. CPU: $CPU, $(nproc) cores. Load average before $LOAD_BEFORE, after $LOAD_AFTER (the machine is
shared: compare the ratios, not the absolute figures). Server CPU ms/request: user + system time of the server's
processes during the measurement (nginx's master and worker; a JVM, its postmaster and backends) over the requests
answered, the figure the load changes least.${BASELINE:+ Baseline jar: $BASELINE ${BASELINE_NOTE:-}, page cache on and off, in the same rounds.}"
echo
echo "$HEAD"
echo
echo "$TABLE"

if [ "$APPEND" = 1 ]; then
  BLOCK="$HEAD

$TABLE
"
  # at the end of the "## Portal" section, before the next "## " heading
  BLOCK="$BLOCK" awk 'BEGIN { b = ENVIRON["BLOCK"] }
    /^## / { if (inportal && !done) { print b; done = 1 } inportal = ($0 ~ /^## Portal/) }
    { print }
    END { if (!done) { print ""; print b } }' BENCHMARKS.md >"$WORK/BENCHMARKS.md" && cp "$WORK/BENCHMARKS.md" BENCHMARKS.md
  echo "bench: added to BENCHMARKS.md" >&2
fi
