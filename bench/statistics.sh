#!/bin/sh
# Statistics at province scale (BENCHMARKS.md, "Statistics"). Usage:
#   bench/statistics.sh [data-dir] [rounds] [rebuild|no-rebuild] [subtrees]   (subtrees: rebuild those first, timed)
# On a data directory without actions it first generates a province (sizes: -Dlantoa.generator.actions=… etc.
# in JAVA_OPTS; default the full 10,000,000 actions). Not part of ./mvnw verify.
set -e
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
exec "$JAVA_HOME/bin/java" -Xmx3g $JAVA_OPTS -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  vn.lantoa.statistics.bench.StatisticsBenchmark "${1:-/work/gen-data}" "${2:-40}" ${3:-rebuild} ${4:-}
