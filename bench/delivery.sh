#!/usr/bin/env bash
# Delivery benchmark: one server process with embedded PostgreSQL, a local receiver answering 200 at once,
# and the same receiver driven by a bare HttpClient (the ceiling). Prints a Markdown table.
# Usage: bench/delivery.sh [drainEvents=30000] [sustainedRate=3000] [sustainedSeconds=15] [latencySeconds=20]  (name=value)
#                          [ceilingSeconds=10] [--tributary.delivery.workers=64 ...]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl tributary-server -am test-compile dependency:build-classpath -Dspotless.check.skip=true \
    -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/tmp/delivery-bench-build.log 2>&1 \
  || { cat /tmp/delivery-bench-build.log; exit 1; }
CP="tributary-server/target/test-classes:tributary-server/target/classes:$(cat tributary-server/target/bench.classpath)"
exec java -Xmx1g ${JAVA_OPTS:-} -cp "$CP" io.tributary.server.bench.DeliveryBench "$@"
