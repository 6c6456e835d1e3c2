#!/usr/bin/env bash
# Streaming API benchmark: a server child process (embedded PostgreSQL, PostgreSQL bus) and JDK websocket clients
# in this JVM. Prints a Markdown table: N producers at 1 msg/s + M consumers (delivered, p50/p99 SUBMIT→DISPATCH),
# the highest rate to one consumer beside a bare echo websocket on the same stack, server heap per idle socket.
# Usage: bench/streaming.sh [producers=1000] [consumers=10] [seconds=30] [rateSeconds=10] [window=256] [idle=1000]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -pl tributary-server -am test-compile dependency:build-classpath -Dspotless.check.skip=true \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/tmp/streaming-bench-build.log 2>&1 \
  || { cat /tmp/streaming-bench-build.log; exit 1; }
CP="tributary-server/target/test-classes:tributary-server/target/classes:$(cat tributary-server/target/bench.classpath)"
exec java -Xmx1g ${JAVA_OPTS:-} -cp "$CP" io.tributary.server.bench.StreamingBench "$@"
