#!/usr/bin/env bash
# File-parser benchmarks (issue 7). Prints Markdown tables.
#
#   bench/files-bench.sh                 # FIT throughput (8 rounds) + a generated 1 GB Apple export.xml
#   APPLE_BYTES=200000000 FIT_ROUNDS=3 bench/files-bench.sh   # a quicker run
#
# 1. FIT: Tributary's decode + CRC check + mapping to Terra Activity, against the Garmin FIT SDK's bare decode
#    (no-op listener) of the same generated files, measured in thread CPU time with alternating one-second rounds
#    (robust on a shared machine). Target: >= 50 % of the bare decode.
# 2. Apple Health: generates an export.xml of APPLE_BYTES (default 1 GB) in a temp dir (deleted afterwards) and
#    parses it in a JVM capped at -Xmx256m. Target: < 90 s.
set -euo pipefail
cd "$(dirname "$0")/.."
APPLE_BYTES=${APPLE_BYTES:-1000000000}
FIT_ROUNDS=${FIT_ROUNDS:-8}
WORK=$(mktemp -d /tmp/tributary-files-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
./mvnw -B -q -pl tributary-files -am test-compile -Dspotless.check.skip=true
./mvnw -B -q -pl tributary-files dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="tributary-files/target/test-classes:tributary-files/target/classes:$(cat "$WORK/cp.txt")"

echo "### FIT decode + map throughput"
java -cp "$CP" io.tributary.files.FilesBenchmark fit "$FIT_ROUNDS"
echo
echo "### Apple Health export.xml ($APPLE_BYTES bytes, -Xmx256m)"
java -cp "$CP" io.tributary.files.FilesBenchmark apple-generate "$WORK/export.xml" "$APPLE_BYTES" >&2
java -Xmx256m -cp "$CP" io.tributary.files.FilesBenchmark apple "$WORK/export.xml"
