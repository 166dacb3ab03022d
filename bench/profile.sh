#!/usr/bin/env bash
# Where a portal request's CPU goes (BENCHMARKS.md, "Render"): async-profiler on one LanToa instance under wrk.
#
# Usage: bench/profile.sh [--jar PATH] [--path URLPATH] [--seconds S] [--warmup S] [--connections N]
#                         [--cache] [--out DIR] [--] [extra app arguments...]
#
#   --jar PATH      the jar to profile (default: target/lantoa-*.jar, built if missing)
#   --path URLPATH  the page under load (default: the demo article of bench/run.sh)
#   --seconds S     seconds profiled under load (default 60), after --warmup S of load (default 30)
#   --connections N wrk connections (default 16: the shares, not the rate, are the result)
#   --cache         keep the page cache on (default: off, a render per request)
#   --out DIR       where cpu.collapsed, shares.txt and the logs go (default: a new /tmp/lantoa-profile.*)
#
# The JVM runs with async-profiler 4.2 as an agent (tools.profiler:async-profiler:4.2:linux-x64 from Maven
# Central, fetched once into ~/.cache/lantoa-bench), `event=cpu,interval=997us`, collapsed stacks; the JVM and
# its embedded PostgreSQL on core 0, wrk on core 1. It prints the JVM's and PostgreSQL's CPU per request during
# the profiled seconds and, with bench/shares.py, the shares of the request samples (under Tomcat's
# CoyoteAdapter.service) by the buckets named there. Every step has a timeout; a trap stops what it started.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAR="" URLPATH=/bai-viet/vinh-long-nhan-rong-mo-hinh-nhom-zalo-chia-se-thong-tin-tich-cuc-o-co-so
SECONDS_PROFILED=60 WARMUP=30 CONNECTIONS=16 CACHE=false OUT=""
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) JAR=$2; shift ;;
    --path) URLPATH=$2; shift ;;
    --seconds) SECONDS_PROFILED=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --cache) CACHE=true ;;
    --out) OUT=$2; shift ;;
    --) shift; break ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
for tool in wrk taskset curl unzip python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install wrk unzip python3)" >&2; exit 2; }
done

TOOLS=${XDG_CACHE_HOME:-$HOME/.cache}/lantoa-bench/async-profiler-4.2
if [ ! -f "$TOOLS/libasyncProfiler.so" ]; then
  mkdir -p "$TOOLS"
  timeout 300 ./mvnw -q dependency:copy -Dartifact=tools.profiler:async-profiler:4.2:jar:linux-x64 \
    -DoutputDirectory="$TOOLS" >"$TOOLS/fetch.log" 2>&1 || { tail -20 "$TOOLS/fetch.log"; exit 1; }
  (cd "$TOOLS" && unzip -o -q async-profiler-4.2-linux-x64.jar && find . -name libasyncProfiler.so -exec cp {} . \;)
  [ -f "$TOOLS/libasyncProfiler.so" ] || { echo "no libasyncProfiler.so in the jar" >&2; exit 1; }
fi
if [ -z "$JAR" ]; then
  JAR=$(ls "$ROOT"/target/lantoa-*.jar 2>/dev/null | grep -v original | head -1)
  if [ -z "$JAR" ]; then
    timeout 900 ./mvnw -q -o package -DskipTests >/tmp/lantoa-profile-build.log 2>&1 || { tail -30 /tmp/lantoa-profile-build.log; exit 1; }
    JAR=$(ls "$ROOT"/target/lantoa-*.jar | grep -v original | head -1)
  fi
fi
[ -n "$OUT" ] || OUT=$(mktemp -d /tmp/lantoa-profile.XXXXXX)
mkdir -p "$OUT"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=$(free_port) PG=$(free_port)
APP=""
cleanup() {
  trap '' INT TERM
  [ -n "$APP" ] && { kill "$APP" 2>/dev/null; for _ in $(seq 1 40); do kill -0 "$APP" 2>/dev/null || break; sleep 0.5; done; kill -9 "$APP" 2>/dev/null; }
  local pidfile=$OUT/data/postgres/postmaster.pid
  if [ -f "$pidfile" ]; then kill "$(head -1 "$pidfile")" 2>/dev/null; fi
}
trap cleanup EXIT INT TERM

taskset -c 0 "$JAVA_HOME/bin/java" \
  "-agentpath:$TOOLS/libasyncProfiler.so=start,event=cpu,interval=997us,file=$OUT/cpu.collapsed,collapsed" \
  -jar "$JAR" --lantoa.data-dir="$OUT/data" --server.port="$PORT" --lantoa.embedded.port="$PG" \
  --logging.level.root=WARN --lantoa.portal.page-cache.enabled="$CACHE" "$@" >"$OUT/app.log" 2>&1 &
APP=$!
UA='Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36'
URL="http://127.0.0.1:$PORT$URLPATH"
for _ in $(seq 1 300); do
  curl -sf -o /dev/null --max-time 5 -A "$UA" "$URL" && break
  kill -0 "$APP" 2>/dev/null || { tail -20 "$OUT/app.log"; exit 1; }
  sleep 0.5
done
curl -sf -o /dev/null --max-time 5 -A "$UA" "$URL" || { echo "profile: $URL did not answer" >&2; tail -20 "$OUT/app.log"; exit 1; }

ticks() { # utime + stime of the given pids, in clock ticks
  local t=0 p v
  for p in "$@"; do
    v=$(sed 's/^.*) //' "/proc/$p/stat" 2>/dev/null | awk '{print $12 + $13}'); t=$(( t + ${v:-0} ))
  done
  echo "$t"
}
pg_pids() { local pm; pm=$(head -1 "$OUT/data/postgres/postmaster.pid" 2>/dev/null); [ -n "$pm" ] && { echo "$pm"; pgrep -P "$pm"; }; }
load() { timeout $(( $1 + 20 )) taskset -c 1 wrk -t2 "-c$CONNECTIONS" "-d${1}s" --latency -H "User-Agent: $UA" "$URL" >"$2" 2>&1; }

load "$WARMUP" "$OUT/warmup.txt"
j0=$(ticks "$APP") p0=$(ticks $(pg_pids))
load "$SECONDS_PROFILED" "$OUT/wrk.txt"
j1=$(ticks "$APP") p1=$(ticks $(pg_pids))
n=$(awk '/requests in/ {print $1}' "$OUT/wrk.txt")
HZ=$(getconf CLK_TCK)
kill "$APP"; for _ in $(seq 1 60); do kill -0 "$APP" 2>/dev/null || break; sleep 0.5; done; APP=""
{
  echo "page $URLPATH, page cache $CACHE, $(awk '/^Requests\/sec:/ {print $2}' "$OUT/wrk.txt") req/s at -c$CONNECTIONS"
  awk -v j=$(( j1 - j0 )) -v p=$(( p1 - p0 )) -v hz="$HZ" -v n="${n:-0}" 'BEGIN {
    if (n > 0) printf "CPU per request: JVM %.3f ms, PostgreSQL %.3f ms (%d requests)\n", j*1000/hz/n, p*1000/hz/n, n }'
  python3 bench/shares.py "$OUT/cpu.collapsed"
} | tee "$OUT/shares.txt"
echo "profile: $OUT" >&2
