#!/usr/bin/env bash
# Health-score benchmark (issue 17): prints Markdown tables.
#   1. every score of 1,000 SANDBOX-generated users × 365 days recomputed from scratch (no database);
#   2. the added cost per ingested day: one day (daily, sleep, activities, body) ingested for users with 60 days
#      stored, every score on vs every score off, against the embedded PostgreSQL.
# Usage: bench/scores-bench.sh [users=1000] [days=365] [ingestUsers=20] [historyDays=60] [ingestDays=5]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o -pl tributary-server -am test-compile dependency:build-classpath -Dspotless.check.skip=true \
    -Dmdep.outputFile=target/scores-bench.classpath -Dmdep.includeScope=test >/tmp/scores-bench-build.log 2>&1 \
  || { cat /tmp/scores-bench-build.log; exit 1; }
CP="tributary-server/target/test-classes:tributary-server/target/classes:$(cat tributary-server/target/scores-bench.classpath)"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB; $(uptime)"
exec java -Xmx2g ${JAVA_OPTS:-} -cp "$CP" io.tributary.server.bench.ScoresBench "$@"
