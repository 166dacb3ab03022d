#!/usr/bin/env bash
# Makes the JDK 25 AOT cache that halves LanToa's start (docs/operations.md, "Faster start"; BENCHMARKS.md, "Start"):
# extracts the jar into DIR and records the classes a start loads, in a training start on a scratch embedded
# database (nothing is written to the real one). Run it again after every upgrade of the jar: a cache made for
# another jar is refused by the JVM with a warning, and the start is then as slow as without it.
#
# Usage: ops/aot-cache.sh /opt/lantoa/lantoa.jar /opt/lantoa/app
#   then: java $JAVA_OPTS -XX:AOTCache=/opt/lantoa/app/lantoa.aot -jar /opt/lantoa/app/lantoa.jar
set -euo pipefail
JAR=$1 DIR=$2
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
SCRATCH=$(mktemp -d)
trap 'rm -rf "$SCRATCH"' EXIT
rm -rf "$DIR"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$DIR"
mv "$DIR/$(basename "$JAR")" "$DIR/lantoa.jar"
# a start that stops once the context is up: on the embedded database of a scratch directory, whatever
# spring.datasource.url the environment sets
env -u SPRING_DATASOURCE_URL "$JAVA" -XX:AOTCacheOutput="$DIR/lantoa.aot" -Dspring.context.exit=onRefresh \
  -jar "$DIR/lantoa.jar" --lantoa.data-dir="$SCRATCH" --spring.datasource.url= --server.port=0 \
  --lantoa.embedded.port=0 --lantoa.demo.enabled=false --logging.level.root=WARN
echo "AOT cache: $DIR/lantoa.aot"
