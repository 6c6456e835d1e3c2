#!/usr/bin/env bash
# File-parser benchmarks (issue 7). Prints Markdown tables.
#
#   bench/files-bench.sh                 # FIT throughput (8 rounds) + a generated 1 GB Apple export.xml
#   APPLE_BYTES=200000000 FIT_ROUNDS=3 bench/files-bench.sh   # a quicker run
#   bench/files-bench.sh formats         # only 4.: file size vs heap vs time per format (issue 24)
#
# 1. FIT: Tributary's decode + CRC check + mapping to Terra Activity, against the Garmin FIT SDK's bare decode
#    (no-op listener) of the same generated files, measured in thread CPU time with alternating one-second rounds
#    (robust on a shared machine). Target: >= 50 % of the bare decode.
# 2. Apple Health: generates an export.xml of APPLE_BYTES (default 1 GB) in a temp dir (deleted afterwards) and
#    parses it in a JVM capped at -Xmx256m. Target: < 90 s.
# 3. When PostgreSQL is reachable (PG_HOST/PG_PORT/PG_USER, trust auth; database tributary_files_bench is
#    re-created), imports the same file end to end with `java -Xmx256m -jar tributary.jar import` (parse + store +
#    events). Set SKIP_IMPORT=1 to skip.
# 4. Formats (also run alone with `formats`): for FIT, GPX, TCX, Apple export.xml, Apple export.zip and a Google
#    Takeout zip, generates a file (sizes: FMT_FIT_BYTES, FMT_GPX_BYTES, FMT_TCX_BYTES, FMT_APPLE_BYTES,
#    FMT_TAKEOUT_BYTES), parses it in a fresh JVM at -Xmx256m and, as the ceiling, reads the same bytes with nothing
#    built (FIT SDK decode with a no-op listener, a bare StAX pass, or inflating the zip) in another fresh JVM at
#    -Xmx256m. Prints time, peak heap (garbage included), peak live heap (after a GC) and GC time of both.
set -euo pipefail
cd "$(dirname "$0")/.."
MODE=${1:-all}
APPLE_BYTES=${APPLE_BYTES:-1000000000}
FIT_ROUNDS=${FIT_ROUNDS:-8}
WORK=$(mktemp -d /tmp/tributary-files-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
if [ -n "${BENCH_CP:-}" ]; then
  CP=$BENCH_CP # a classpath with tributary-files' test classes, already built
else
  # one reactor invocation, so tributary-model resolves to its freshly compiled classes (nothing is installed)
  ./mvnw -B -q -pl tributary-files -am test-compile dependency:build-classpath -Dspotless.check.skip=true \
    -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >/dev/null
  CP="tributary-files/target/test-classes:tributary-files/target/classes:$(cat "$WORK/cp.txt")"
fi

formats() {
  local dir="$WORK/formats"
  mkdir -p "$dir"
  echo "### File size vs heap vs time per format (-Xmx256m, one fresh JVM per run)"
  echo
  echo "| Format | File size | Terra records | Parse time | Peak heap | Peak live heap | GC time | Ceiling: bare read | Ceiling peak heap | Parse speed vs ceiling |"
  echo "|---|---|---|---|---|---|---|---|---|---|"
  row() { # label format file name bare-kind bytes
    local label=$1 fmt=$2 file="$dir/$3" name=$3 bare=$4 bytes=$5
    java -cp "$CP" io.tributary.files.FormatBench generate "$fmt" "$file" "$bytes" >/dev/null
    local size; size=$(stat -c %s "$file")
    local p b
    p=$(java -Xmx256m -cp "$CP" io.tributary.files.FormatBench parse "$file" "$name" | grep '^result' || echo "result - - - - -")
    b=$(java -Xmx256m -cp "$CP" io.tributary.files.FormatBench bare "$bare" "$file" | grep '^result' || echo "result - - - - -")
    read -r _ rec ps pheap plive pgc <<<"$p"
    read -r _ _ bs bheap _ _ <<<"$b"
    awk -v l="$label" -v sz="$size" -v rec="$rec" -v ps="$ps" -v ph="$pheap" -v pl="$plive" -v pg="$pgc" \
        -v bs="$bs" -v bh="$bheap" 'BEGIN {
      printf "| %s | %.1f MB | %s | %s s (%.1f MB/s) | %s MB | %s MB | %s s | %s s (%.1f MB/s) | %s MB | %.0f %% |\n",
        l, sz/1e6, rec, ps, (ps>0 ? sz/1e6/ps : 0), ph, pl, pg, bs, (bs>0 ? sz/1e6/bs : 0), bh, (ps>0 ? 100*bs/ps : 0) }'
    rm -f "$file"
  }
  row "Garmin FIT (1 s records)" fit ride.fit fit "${FMT_FIT_BYTES:-10000000}"
  row "GPX (232,000 points at 45 MB)" gpx ride.gpx xml "${FMT_GPX_BYTES:-45000000}"
  row "TCX (1 s trackpoints)" tcx ride.tcx xml "${FMT_TCX_BYTES:-45000000}"
  row "Apple Health export.xml" apple export.xml xml "${FMT_APPLE_BYTES:-300000000}"
  java -cp "$CP" io.tributary.files.FormatBench generate apple "$dir/export.xml" "${FMT_APPLE_BYTES:-300000000}" >/dev/null
  (cd "$dir" && mkdir -p apple_health_export && mv export.xml apple_health_export/ && zip -q -r export.zip apple_health_export && rm -rf apple_health_export)
  local asz; asz=$(stat -c %s "$dir/export.zip")
  p=$(java -Xmx256m -cp "$CP" io.tributary.files.FormatBench parse "$dir/export.zip" export.zip | grep '^result')
  b=$(java -Xmx256m -cp "$CP" io.tributary.files.FormatBench bare zip "$dir/export.zip" | grep '^result')
  read -r _ rec ps pheap plive pgc <<<"$p"
  read -r _ _ bs bheap _ _ <<<"$b"
  awk -v sz="$asz" -v rec="$rec" -v ps="$ps" -v ph="$pheap" -v pl="$plive" -v pg="$pgc" -v bs="$bs" -v bh="$bheap" 'BEGIN {
    printf "| Apple Health export.zip (the same export, zipped) | %.1f MB | %s | %s s (%.1f MB/s) | %s MB | %s MB | %s s | %s s (inflate) | %s MB | %.0f %% |\n",
      sz/1e6, rec, ps, sz/1e6/ps, ph, pl, pg, bs, bh, 100*bs/ps }'
  rm -f "$dir/export.zip"
  row "Google Takeout zip (per-day CSV + sessions)" takeout takeout.zip zip "${FMT_TAKEOUT_BYTES:-10000000}"
}

if [ "$MODE" = formats ]; then
  formats
  exit 0
fi

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

echo
formats
