#!/usr/bin/env bash
# Data read API benchmark (issue 3). Prints two Markdown tables.
#
#   bench/data-read-bench.sh            # 1,000 users x 365 days, 32 clients, 30 s per phase
#   USERS=100 DAYS=60 PHASE_SECONDS=10 bench/data-read-bench.sh   # a quick smoke run
#   REUSE=1 bench/data-read-bench.sh    # measure again on the data already loaded (loading takes ~25 min on 2 cores)
#   BENCH_DB=other BENCH_PORT=18081 ... # another database/port (e.g. a smoke run while a full load is running)
#   CLIENT=jdk ...                      # java.net.http.HttpClient instead of the plain keep-alive socket client
#   SERVER_JAVA_OPTS='-XX:StartFlightRecording=filename=/tmp/read.jfr' ...   # extra JVM options for the server
#
# Needs a PostgreSQL reachable as PG_URL (default 127.0.0.1:5432, user postgres, trust auth); it (re)creates
# the database "tributary_bench" (BENCH_DB). Builds the server jar if absent, starts it with -Xmx256m against that database,
# loads the data with bench/data-load.sql, runs bench/DataReadBench.java, stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
USERS=${USERS:-1000}
DAYS=${DAYS:-365}
SECONDS_PER_PHASE=${PHASE_SECONDS:-30}
CONCURRENCY=${CONCURRENCY:-32}
HEAVY_SAMPLES=${HEAVY_SAMPLES:-3600}
PG_HOST=${PG_HOST:-127.0.0.1}
PG_PORT=${PG_PORT:-5432}
PG_USER=${PG_USER:-postgres}
DB=${BENCH_DB:-tributary_bench}
PORT=${BENCH_PORT:-18080}
WORK=$(mktemp -d /tmp/tributary-bench.XXXXXX)
JAR=$(ls tributary-server/target/tributary.jar 2>/dev/null || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q -pl tributary-server -am package -DskipTests -Dspotless.check.skip=true
  JAR=tributary-server/target/tributary.jar
fi
PGJDBC=$(ls ~/.m2/repository/org/postgresql/postgresql/*/postgresql-*.jar | grep -v sources | sort -V | tail -1)

REUSE=${REUSE:-0}
if [ "$REUSE" != 1 ]; then
  psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
fi

echo "starting server (-Xmx256m) on :$PORT, logs in $WORK" >&2
PORT=$PORT TRIBUTARY_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB" TRIBUTARY_DB_USER=$PG_USER \
  TRIBUTARY_DATA_DIR="$WORK/data" TRIBUTARY_ADMIN_TOKEN=bench-admin \
  java -Xmx256m ${SERVER_JAVA_OPTS:-} -jar "$JAR" \
    --server.tomcat.accesslog.enabled=true --server.tomcat.accesslog.directory="$WORK/access" \
    --server.tomcat.accesslog.buffered=false --server.tomcat.accesslog.pattern='%m %U %s %{us}T' \
    --management.endpoints.web.exposure.include=health,metrics --server.tomcat.threads.max=200 \
    >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; wait $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/actuator/health" >/dev/null && break
  sleep 1
done
CREDS=$(curl -sf -X POST "http://127.0.0.1:$PORT/admin/v1/developers" -H 'Authorization: Bearer bench-admin' \
  -H 'Content-Type: application/json' -d '{"name":"bench"}')
read -r DEV_ID API_KEY < <(python3 -c 'import json,sys; e=[x for x in json.load(sys.stdin)["environments"] if x["name"]=="production"][0]; print(e["dev_id"], e["api_key"])' <<<"$CREDS")
Q="psql -qtA -h $PG_HOST -p $PG_PORT -U $PG_USER -d $DB -c"
ENV_ID=$($Q "SELECT id FROM environments WHERE dev_id = '$DEV_ID'")

if [ "$REUSE" = 1 ]; then
  # the loaded users belong to the first run's environment: give it the new API key (bench-only shortcut)
  OLD_ENV=$($Q "SELECT environment_id FROM users WHERE reference_id = 'bench-0'")
  $Q "UPDATE api_keys SET environment_id = '$OLD_ENV' WHERE environment_id = '$ENV_ID'" >/dev/null
  DEV_ID=$($Q "SELECT dev_id FROM environments WHERE id = '$OLD_ENV'")
  ENV_ID=$OLD_ENV
else
  echo "loading $USERS users x $DAYS days of daily + sleep + activity ..." >&2
  START=$(date +%s)
  psql -q -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d $DB -v env="$ENV_ID" -v users="$USERS" -v days="$DAYS" \
    -v heavy_samples="$HEAVY_SAMPLES" -f bench/data-load.sql >&2
  echo "loaded in $(( $(date +%s) - START )) s" >&2
fi
echo "load average before measuring: $(cut -d' ' -f1-3 /proc/loadavg)" >&2

java -Dclient="${CLIENT:-socket}" -cp "$PGJDBC" bench/DataReadBench.java "http://127.0.0.1:$PORT" "$DEV_ID" "$API_KEY" \
  "jdbc:postgresql://$PG_HOST:$PG_PORT/$DB?user=$PG_USER" "$ENV_ID" "$WORK/access" "$USERS" \
  "$SECONDS_PER_PHASE" "$CONCURRENCY"
grep -c OutOfMemoryError "$WORK/server.log" >/dev/null && echo "server log mentions OutOfMemoryError!" >&2 || true
