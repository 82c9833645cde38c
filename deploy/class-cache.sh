#!/usr/bin/env bash
# Makes the class cache of a packaged service from a training run, for the JDK that will run it: a training run starts
# the service from its directory, lets it create its schema and import the demo plan on a scratch embedded database,
# answers the reads dashboards and other systems make, and stops it; the JVM writes the cache as it exits.
#
# - JDK 25 or later: the ahead-of-time cache app.aot (JEP 483, 514, 515: classes loaded and linked, methods' profiles).
#   The package must be an aot-jar. Start with -XX:AOTCache=app.aot (README, "Faster start: a class cache from a
#   training run").
# - JDK 17 to 24: a dynamic AppCDS archive, written over the build's app-cds.jsa. The build's archive holds the classes
#   loaded until the application's beans exist (Quarkus stops there to make it), about a third of those a start and
#   its first reads load; the training run's holds about two thirds. Start as before, with
#   -XX:SharedArchiveFile=app-cds.jsa (README, "Running the packaged service").
#
# Either file works only with the JVM that made it and with the same jars (their modification times too): run this
# where the service is deployed, after every new package or JDK update, and start the service from APP_DIR.
#
#   deploy/class-cache.sh target/quarkus-app
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 deploy/class-cache.sh target/quarkus-app
#
# JAVA_OPTS: the JVM options of the training run (by default the README's start command's, without its class cache:
# -XX:SharedArchiveFile or -XX:AOTCache would keep the JVM from writing a new one). For a PostgreSQL build,
# give it a scratch database in DUBAN_DB_URL (and DUBAN_DB_USER, DUBAN_DB_PASSWORD): the run writes its schema and the
# demo plan there.
set -euo pipefail
APP_DIR=$(cd "${1:?usage: deploy/class-cache.sh APP_DIR}" && pwd)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
version=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }' || true)
[ "${version:-0}" -ge 17 ] 2>/dev/null || { echo "$JAVA is Java ${version:-?}: the service needs 17 or later" >&2; exit 2; }
if [ "$version" -ge 25 ]; then
  # An aot-jar lists the application's jars in its manifest's Class-Path: the cache needs them on the class path.
  python3 - "$APP_DIR/quarkus-run.jar" <<'PY' || { echo "$APP_DIR is not an aot-jar: package with -Dquarkus.package.jar.type=aot-jar" >&2; exit 2; }
import sys, zipfile
sys.exit(0 if b"\nClass-Path:" in zipfile.ZipFile(sys.argv[1]).read("META-INF/MANIFEST.MF") else 1)
PY
  CACHE=app.aot
  RECORD=(-XX:AOTCacheOutput=app.aot)
  ROUNDS=50   # the cache keeps the methods' profiles too: the reads many times over
else
  # Written aside and moved over the build's archive once complete: a failed run leaves the build's in place. The
  # training run itself starts without an archive of its own (a dynamic archive is made on top of the JDK's).
  CACHE=app-cds.jsa
  RECORD=(-XX:ArchiveClassesAtExit=app-cds.jsa.training)
  ROUNDS=2    # an archive keeps classes only: every read once loads them
fi

SCRATCH=$(mktemp -d -t duban-training-XXXXXX)
PID=
# The training JVM and the scratch files go whatever ends the script: bash runs no EXIT trap when a signal it does not
# trap kills it, hence the exit on TERM, HUP and INT.
cleanup() {
  set +e
  [ -n "$PID" ] && kill "$PID" 2>/dev/null && wait "$PID" 2>/dev/null
  rm -rf "$SCRATCH" "$APP_DIR/app-cds.jsa.training"
}
trap cleanup EXIT
trap 'exit 143' TERM HUP INT
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
rm -f "$APP_DIR/app.aot" "$APP_DIR/app-cds.jsa.training"
(cd "$APP_DIR" && exec env DUBAN_DATA_DIR="$SCRATCH" DUBAN_DEMO_DATA=true QUARKUS_HTTP_PORT="$PORT" \
  "$JAVA" ${JAVA_OPTS:--Xmx256m -Xms32m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=1000} \
  "${RECORD[@]}" -jar quarkus-run.jar) > "$SCRATCH/training.log" 2>&1 &
PID=$!
until curl -fs -o /dev/null "$BASE/q/health/ready"; do
  kill -0 "$PID" 2>/dev/null || { cat "$SCRATCH/training.log" >&2; echo "the training run did not start" >&2; exit 1; }
  sleep 0.5
done

# The reads the service answers all day.
plan=$(curl -fs "$BASE/api/v1/plans?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
task=$(curl -fs "$BASE/api/v1/tasks?plan=$plan&size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
for _ in $(seq 1 "$ROUNDS"); do
  for path in "plans" "plans/$plan" "plans/$plan/summary" "plans/$plan/units" "tasks?plan=$plan" "tasks?size=100" \
      "tasks?plan=$plan&light=RED" "tasks/$task" "tasks/$task/indicators" "tasks/$task/progress-reports" "units" \
      "changes"; do
    curl -s -o /dev/null "$BASE/api/v1/$path"
  done
  curl -s -o /dev/null "$BASE/" && curl -s -o /dev/null "$BASE/plans/$plan"
done
kill "$PID"
wait "$PID" 2>/dev/null || true
PID=
if [ "$CACHE" = app-cds.jsa ]; then
  [ -s "$APP_DIR/app-cds.jsa.training" ] || { tail -20 "$SCRATCH/training.log" >&2; echo "no archive was written" >&2; exit 1; }
  mv -f "$APP_DIR/app-cds.jsa.training" "$APP_DIR/app-cds.jsa"
fi
[ -s "$APP_DIR/$CACHE" ] || { tail -20 "$SCRATCH/training.log" >&2; echo "no $CACHE was written" >&2; exit 1; }
flag=-XX:AOTCache=app.aot; [ "$CACHE" = app-cds.jsa ] && flag=-XX:SharedArchiveFile=app-cds.jsa
echo "wrote $APP_DIR/$CACHE ($(du -m "$APP_DIR/$CACHE" | cut -f1) MB); start from $APP_DIR with $JAVA $flag"
