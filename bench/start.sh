#!/usr/bin/env bash
# Start-up time (BENCHMARKS.md, "Start"): seconds from `java` to the first 200 of / on the demo, on a fresh data
# directory and on a restart, for the jar as built and for the extracted jar with a JDK 25 AOT cache
# (docs/operations.md, "Faster start"), in alternating rounds.
#
# Usage: bench/start.sh [JAR] [ROUNDS]      (default: target/lantoa-*.jar, 3 rounds)
set -uo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
JAR=${1:-$(ls target/lantoa-*.jar | grep -v original | head -1)}
ROUNDS=${2:-3}
WORK=$(mktemp -d /tmp/lantoa-start.XXXXXX)
PID=""
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; rm -rf "$WORK"' EXIT

first200() { # data-dir java-args...: prints the seconds to the first 200, stops the JVM
  local data=$1 start end i; shift
  start=$(date +%s.%N)
  "$JAVA" "$@" --lantoa.data-dir="$data" --server.port=28201 --lantoa.embedded.port=28202 \
    --logging.level.root=WARN >"$WORK/run.log" 2>&1 &
  PID=$!
  for i in $(seq 1 1200); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 http://127.0.0.1:28201/)" = 200 ] && break
    kill -0 $PID 2>/dev/null || { echo "failed"; tail -5 "$WORK/run.log" >&2; return 1; }
    sleep 0.05
  done
  end=$(date +%s.%N)
  kill $PID; wait $PID 2>/dev/null; PID=""
  echo "$end - $start" | bc
}

echo "extracting and training the AOT cache" >&2
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" >/dev/null
APP="$WORK/app/$(basename "$JAR")"
"$JAVA" -XX:AOTCacheOutput="$WORK/app.aot" -Dspring.context.exit=onRefresh -jar "$APP" \
  --lantoa.data-dir="$WORK/train" --server.port=28203 --lantoa.embedded.port=28204 --logging.level.root=WARN \
  >"$WORK/train.log" 2>&1 || { tail -5 "$WORK/train.log"; exit 1; }

printf '| round | jar, fresh | jar, restart | AOT cache, fresh | AOT cache, restart |\n| ---: | ---: | ---: | ---: | ---: |\n'
for r in $(seq 1 "$ROUNDS"); do
  rm -rf "$WORK/a" "$WORK/b"
  a1=$(first200 "$WORK/a" -jar "$JAR"); a2=$(first200 "$WORK/a" -jar "$JAR")
  b1=$(first200 "$WORK/b" -XX:AOTCache="$WORK/app.aot" -jar "$APP"); b2=$(first200 "$WORK/b" -XX:AOTCache="$WORK/app.aot" -jar "$APP")
  printf '| %d | %.1f s | %.1f s | %.1f s | %.1f s |\n' "$r" "$a1" "$a2" "$b1" "$b2"
done
