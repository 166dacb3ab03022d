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
#   --only REGEX    only the targets whose name matches (the nginx and WordPress references are always run)
#   --wordpress     also measure WordPress, the peer a department would otherwise install (issue 20): Debian's
#                   wordpress 6.1 on php-fpm 8.2 (opcache) and MariaDB, 2,000 posts, no page cache, each process
#                   on core 0 (bench/wordpress.sh says how it is set up); targets "WordPress single post" and
#                   "WordPress home" (wrk --timeout 10s: ~30 req/s at 64 connections is ~2 s a request), and a
#                   second table: LanToa rendered against them, in req/s and in server CPU per request.
#                   Installs the Debian packages it needs if missing (apt-get, as root).
#
# What it does: starts two LanToa instances on their demo data (one with the page cache, one with
# lantoa.portal.page-cache.enabled=false), both pinned to core 0 with `taskset -c 0` (their embedded
# PostgreSQL inherits the pinning), fetches one article from LanToa, writes it (and a .gz of it) into a
# temporary nginx root, starts nginx on core 0 (and with --wordpress WordPress, see above), and runs
# `taskset -c 1 wrk -t2 -c64` against every target in alternating rounds. Prints one markdown table (req/s,
# p99, ratios against nginx measured in the same run) and, unless told not to, adds it to the Portal section
# of BENCHMARKS.md with date, commit, JDK, CPU and load average. Every step has a timeout; a trap stops
# everything the script started. Missing wrk or nginx is installed from Debian's packages (as root).
#
# All requests carry a browser User-Agent (a request without one counts as a bot and is not counted as a
# visit) and no cookies, so each LanToa answer also mints a CSRF cookie: a first visit, the worst case.
set -uo pipefail
SCRIPT_DIR=$(cd "$(dirname "$0")" && pwd) # beside this script: wordpress.sh, sentences.txt
cd "${BENCH_ROOT:-$(dirname "$0")/..}" # BENCH_ROOT: when running a copy of this script
ROOT=$(pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

BUILD=1 JAR="" SMOKE=0 ROUNDS=2 WARMUP=5 DURATION=15 CONNECTIONS=64 APPEND="" KEEP=0 JIT=20 ONLY="" BASELINE="" WORDPRESS=0
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
    --wordpress) WORDPRESS=1 ;;
    -h|--help) sed -n '2,35p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if [ "$SMOKE" = 1 ]; then ROUNDS=1 WARMUP=2 DURATION=2 JIT=8; fi
[ -z "$APPEND" ] && { [ "$SMOKE" = 1 ] && APPEND=0 || APPEND=1; }

need_packages() { # Debian package...: installs those not installed yet (bounded; as root, with apt-get)
  local p missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} = 0 ] && return 0
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "bench: missing Debian packages ${missing[*]} (apt-get install them as root)" >&2; return 1
  fi
  echo "bench: installing ${missing[*]}" >&2
  # no recommends: wordpress would bring Apache and mod_php along
  timeout 300 apt-get update -q >/dev/null 2>&1
  DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -q --no-install-recommends "${missing[@]}" \
    >/tmp/lantoa-bench-apt.log 2>&1 || { tail -20 /tmp/lantoa-bench-apt.log >&2; return 1; }
}
command -v wrk >/dev/null || need_packages wrk || exit 2
command -v nginx >/dev/null || need_packages nginx || exit 2
for tool in wrk nginx taskset curl gzip; do
  command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 2; }
done
if [ "$WORDPRESS" = 1 ]; then
  # shellcheck source=bench/wordpress.sh
  . "$SCRIPT_DIR/wordpress.sh"
  wp_packages || exit 2
fi

WORK=$(mktemp -d /tmp/lantoa-bench.XXXXXX)
chmod 755 "$WORK" # nginx's workers run as www-data
PIDS=()
cleanup() {
  trap '' INT TERM # a second signal must not cut the clean-up short
  [ -n "${WATCHDOG:-}" ] && kill "$WATCHDOG" 2>/dev/null
  declare -F wp_cleanup >/dev/null && wp_cleanup
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
# WordPress: set-up (2,000 posts through wp_insert_post) and its two targets
[ "$WORDPRESS" = 1 ] && LIMIT=$(( LIMIT + 900 + ROUNDS * 2 * (WARMUP + DURATION + 45) ))
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
wait_up() { # url pid: 600 s at most (two JVMs starting on one core of a loaded machine took over 150 s)
  local deadline=$(( SECONDS + 600 ))
  while [ "$SECONDS" -lt "$deadline" ]; do
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
if [ "$WORDPRESS" = 1 ]; then
  wp_start "${ARTICLE##*/}" || exit 1
  WP_POST_BYTES=$(curl -s --max-time 30 -A "$UA" "http://127.0.0.1:$WP_PORT$WP_POST" | wc -c)
  WP_HOME_BYTES=$(curl -s --max-time 30 -A "$UA" "http://127.0.0.1:$WP_PORT/" | wc -c)
fi

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
[ "$WORDPRESS" = 1 ] && TARGETS+=(
  "WordPress single post|http://127.0.0.1:$WP_PORT$WP_POST||wordpress"
  "WordPress home|http://127.0.0.1:$WP_PORT/||wordpress"
)
[ -n "$BASELINE" ] && TARGETS+=(
  "LanToa baseline jar, article rendered (cache off)|http://127.0.0.1:$BASER$ARTICLE||baserender"
  "LanToa baseline jar, home rendered (cache off)|http://127.0.0.1:$BASER/||baserender"
)

if [ -n "$ONLY" ]; then
  KEPT=()
  for t in "${TARGETS[@]}"; do
    name=${t%%|*}
    if [[ $name == nginx* ]] || [[ $name == WordPress* ]] || [[ $name =~ $ONLY ]]; then KEPT+=("$t"); fi
  done
  TARGETS=("${KEPT[@]}")
fi

server_pids() { # a server's processes: nginx master + worker; a JVM + its postmaster + the backends;
  # WordPress: its nginx, php-fpm master + workers, mariadbd
  [ "$1" = wordpress ] && { wp_server_pids; return; }
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

run_wrk() { # url accept-encoding seconds outfile [timeout]
  local args=(-t2 "-c$CONNECTIONS" "-d${3}s" --latency --timeout "${5:-5s}" -H "User-Agent: $UA")
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
    tmo=5s; [ "$server" = wordpress ] && tmo=10s # ~30 req/s at 64 connections: 2 s a request
    [ "$WARMUP" -gt 0 ] && run_wrk "$url" "$enc" "$WARMUP" "$WORK/warm.txt" "$tmo"
    [ "$server" = wordpress ] && { wp_drain; a0=$WP_ACCEPTED; }
    out="$WORK/wrk-$round-$i.txt"
    t0=$(cpu_ticks "$server")
    run_wrk "$url" "$enc" "$DURATION" "$out" "$tmo"
    n=$(awk '/requests in/ {print $1}' "$out")
    if [ "$server" = wordpress ]; then
      # the CPU time until php-fpm has also run what wrk left behind, over all the requests it ran
      wp_drain
      t1=$(cpu_ticks "$server")
      n=$(( WP_ACCEPTED - a0 - WP_CALLS ))
    else
      t1=$(cpu_ticks "$server")
    fi
    CPU[$round,$i]=$(awk -v d=$(( t1 - t0 )) -v hz="$HZ" -v n="${n:-0}" 'BEGIN { if (n > 0) printf "%.4f", d * 1000 / hz / n; else print 0 }')
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
    p99=$(awk '$1=="99%" {print $2}' "$out")
    bad=$(awk '/Non-2xx|Socket errors/ {print}' "$out" | tr '\n' ' ')
    RPS[$round,$i]=${rps:-0}; P99[$round,$i]=$(to_ms "${p99:-0}"); ERR[$i]="${ERR[$i]:-}$bad"
    echo "bench: round $round  $name: ${rps:-?} req/s, p99 ${p99:-?}, ${CPU[$round,$i]} ms CPU/request $bad" >&2
  done
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

mean_rps() { local s=0 r; for r in $(seq 1 "$ROUNDS"); do s=$(awk -v a="$s" -v b="${RPS[$r,$1]}" 'BEGIN{print a+b}'); done; awk -v s="$s" -v n="$ROUNDS" -v d="${2:-0}" 'BEGIN{printf "%." d "f", s/n}'; } # index [decimals]
range_rps() { local r v=""; for r in $(seq 1 "$ROUNDS"); do v="$v ${RPS[$r,$1]}"; done; echo "$v" | awk '{mn=$1; mx=$1; for(i=2;i<=NF;i++){if($i<mn)mn=$i; if($i>mx)mx=$i} f = (mx < 100) ? "%.1f–%.1f" : "%.0f–%.0f"; printf f, mn, mx}'; }
max_p99() { local r v=""; for r in $(seq 1 "$ROUNDS"); do v="$v ${P99[$r,$1]}"; done; echo "$v" | awk '{mx=$1; for(i=2;i<=NF;i++) if($i+0>mx+0) mx=$i; print mx}'; }
mean_cpu() { local r v=""; for r in $(seq 1 "$ROUNDS"); do v="$v ${CPU[$r,$1]}"; done; echo "$v" | awk '{s=0; for(i=1;i<=NF;i++) s+=$i; printf "%.3f", s/NF}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f×", a / b; else print "–" }'; }

for i in "${!TARGETS[@]}"; do
  case "${TARGETS[$i]}" in
    "nginx, same bytes|"*) NGINX_SAME=$(mean_rps "$i" 2) ;;
    "nginx, gzip on the fly"*) NGINX_FLY=$(mean_rps "$i" 2) ;;
    "LanToa, article rendered (cache off)|"*) I_ARTICLE=$i ;;
    "LanToa, home rendered (cache off)|"*) I_HOME=$i ;;
    "WordPress single post|"*) I_WPPOST=$i ;;
    "WordPress home|"*) I_WPHOME=$i ;;
  esac
done
TABLE="| target | req/s (mean of $ROUNDS) | range | p99 (worst) | server CPU ms/request | vs nginx same bytes | vs nginx gzip on the fly |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for i in "${!TARGETS[@]}"; do
  IFS='|' read -r name url enc server <<<"${TARGETS[$i]}"
  m=$(mean_rps "$i" 2) # the ratios from the unrounded mean; below 100 req/s (WordPress, search) one decimal shown
  if awk -v m="$m" 'BEGIN { exit !(m < 100) }'; then shown=$(printf "%.1f" "$m"); else shown=$(printf "%'d" "$(mean_rps "$i")"); fi
  vs_fly="–"; [ -n "$enc" ] && vs_fly=$(ratio "$m" "$NGINX_FLY")
  note=""; [ -n "${ERR[$i]}" ] && note=" (errors: ${ERR[$i]})"
  TABLE="$TABLE
| $name$note | $shown | $(range_rps "$i") | $(max_p99 "$i") ms | $(mean_cpu "$i") | $(ratio "$m" "$NGINX_SAME") | $vs_fly |"
done

# LanToa against WordPress: how many times the requests per second, and how many times less server CPU a request
if [ "$WORDPRESS" = 1 ]; then
  TABLE="$TABLE

| LanToa vs WordPress | req/s, LanToa ÷ WordPress | server CPU ms/request, WordPress ÷ LanToa |
| --- | ---: | ---: |"
  for pair in "article rendered (cache off)|single post|${I_ARTICLE:-}|${I_WPPOST:-}" \
              "home rendered (cache off)|home|${I_HOME:-}|${I_WPHOME:-}"; do
    IFS='|' read -r a b ia ib <<<"$pair"
    if [ -z "$ia" ] || [ -z "$ib" ]; then continue; fi
    TABLE="$TABLE
| LanToa $a vs WordPress $b | $(ratio "$(mean_rps "$ia" 2)" "$(mean_rps "$ib" 2)") | $(ratio "$(mean_cpu "$ib")" "$(mean_cpu "$ia")") |"
  done
fi

COMMIT=$(git rev-parse --short HEAD 2>/dev/null)$(git diff --quiet 2>/dev/null || echo "+dirty")
JDK=$("$JAVA_HOME/bin/java" -version 2>&1 | head -1)
CPU_NAME=$(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}')
HEAD="### bench/run.sh, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $COMMIT

\`wrk -t2 -c$CONNECTIONS\` on core 1, LanToa (two instances: page cache on / \`lantoa.portal.page-cache.enabled=false\`)
and nginx (\`worker_processes 1\`, no access log) on core 0; $ROUNDS alternating rounds of ${WARMUP} s warm-up +
${DURATION} s; page \`$ARTICLE\` ($(wc -c <"$WORK/www/page.html") bytes, gzip -9 $(wc -c <"$WORK/www/page.html.gz") bytes).
JDK: $JDK. CPU: $CPU_NAME, $(nproc) cores. Load average before $LOAD_BEFORE, after $LOAD_AFTER (the machine is
shared: compare the ratios, not the absolute figures). Server CPU ms/request: user + system time of the server's
processes during the measurement (nginx's master and worker; a JVM, its postmaster and backends) over the requests
answered, the figure the load changes least.${BASELINE:+ Baseline jar: $BASELINE ${BASELINE_NOTE:-}, page cache on and off, in the same rounds.}"
[ "$WORDPRESS" = 1 ] && HEAD="$HEAD
WordPress (\`--wordpress\`, bench/wordpress.sh): $(wp_versions); php-fpm pool pm static 5 workers, opcache on,
MariaDB with its defaults, nginx as above, all on core 0; $WP_POSTS posts, no page cache, permalinks /%postname%/;
single post \`$WP_POST\` ($WP_POST_BYTES bytes), home ($WP_HOME_BYTES bytes); wrk --timeout 10s for these two.
Server CPU for WordPress: its nginx, php-fpm master and workers and mariadbd, until php-fpm has also run the
requests wrk left waiting when it stopped, over all the requests php-fpm ran."
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
