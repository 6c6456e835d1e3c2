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
# 3. When PostgreSQL is reachable (PG_HOST/PG_PORT/PG_USER, trust auth; database tributary_files_bench is
#    re-created), imports the same file end to end with `java -Xmx256m -jar tributary.jar import` (parse + store +
#    events). Set SKIP_IMPORT=1 to skip.
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

PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
DB=tributary_files_bench
if [ -z "${SKIP_IMPORT:-}" ] && psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "SELECT 1" >/dev/null 2>&1; then
  JAR=$(ls tributary-server/target/tributary.jar 2>/dev/null || true)
  if [ -z "$JAR" ]; then
    ./mvnw -B -q -pl tributary-server -am package -DskipTests -Dspotless.check.skip=true
    JAR=tributary-server/target/tributary.jar
  fi
  psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
  PROPS=(--tributary.db.url=jdbc:postgresql://$PG_HOST:$PG_PORT/$DB --tributary.db.user=$PG_USER --tributary.data-dir=$WORK/data)
  # first run migrates the schema (and creates the first developer); then add a user to import for
  java -jar "$JAR" import "${PROPS[@]}" --user 00000000-0000-0000-0000-000000000000 "$WORK/export.xml" >/dev/null 2>&1 || true
  USER_ID=$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d $DB -tAc \
    "INSERT INTO users (id, environment_id, provider, state, reference_id) SELECT gen_random_uuid(), id, 'UPLOAD', 'authenticated', 'bench' FROM environments WHERE name = 'testing' LIMIT 1 RETURNING id" | head -1)
  T0=$(date +%s.%N)
  java -Xmx256m -jar "$JAR" import "${PROPS[@]}" --user "$USER_ID" "$WORK/export.xml" 2>/dev/null
  T1=$(date +%s.%N)
  OBJECTS=$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d $DB -tAc "SELECT count(*) FROM data_objects")
  EVENTS=$(psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d $DB -tAc "SELECT count(*) FROM events")
  echo
  echo "| Measurement | Time | Stored objects | Events |"
  echo "|---|---|---|---|"
  printf '| CLI import (parse + store + events), -Xmx256m | %.1f s | %s | %s |\n' "$(echo "$T1 - $T0" | bc)" "$OBJECTS" "$EVENTS"
fi
