#!/usr/bin/env bash
# FHIR NDJSON export benchmark (issue 19). Prints a Markdown table.
#
#   bench/fhir-bench.sh                  # 1,000 users × 365 days of daily data, in a JVM capped at -Xmx256m
#   USERS=100 DAYS=365 bench/fhir-bench.sh   # a quicker run
#
# Per user, a year of sandbox dailies is generated (not timed), then mapped to FHIR R4 (tributary-standards) and
# written as NDJSON (one stream per resource type, as a bulk export's files), and — the ceiling — the same records
# written as plain JSON lines with Jackson. Both into counting sinks; CPU time of the benchmark thread; heap peak
# and live heap after the run. Source: tributary-standards/src/test/java/io/tributary/standards/bench.
set -euo pipefail
cd "$(dirname "$0")/.."
USERS=${USERS:-1000}
DAYS=${DAYS:-365}
WORK=$(mktemp -d /tmp/tributary-fhir-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
./mvnw -B -q -o -pl tributary-standards -am test-compile dependency:build-classpath -Dspotless.check.skip=true \
  -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
CP="tributary-standards/target/test-classes:tributary-standards/target/classes:$(cat "$WORK/cp.txt")"
echo "uptime: $(uptime)"
java -Xmx256m -XX:+UseSerialGC -cp "$CP" io.tributary.standards.bench.FhirNdjsonBench "$USERS" "$DAYS"
