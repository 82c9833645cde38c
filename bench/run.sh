#!/usr/bin/env bash
# Read benchmark of the packaged service (README, "Benchmarks"). Builds the jars (H2 and PostgreSQL), generates
# 1k and 100k tasks in the seed's proportions, starts the service with -Xmx256m on a free port, warms it up and runs
# wrk against the main reads and against nginx serving the same bytes as GET one. Writes bench/results/<date>-<commit>.md
# and the README's table. The figures are not a test: they vary with the machine and its load.
#
#   bench/run.sh [--quick] [--db h2|pg|both] [--duration 8s] [--connections 16] [--threads 1] [--warmup 60]
#                [--small 1000] [--big 100000] [--trained] [--no-build] [--no-readme] [--keep]
#
# --trained: every start uses the class cache of a training run (deploy/class-cache.sh) for the JDK of JAVA_HOME: on
# 25 or later an ahead-of-time cache (the jars built as an aot-jar, -XX:AOTCache=app.aot), on 17 to 24 the AppCDS
# archive of a whole start and the first reads in place of the build's. Its table is written to
# bench/results/<date>-<commit>-aot.md (JDK 25 and later) or -trained-cds.md; the README's table stays the default
# command's. --aot is the same option.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

DURATION=8s CONNECTIONS=16 THREADS=1 WARMUP=60 DBS="h2 pg" SMALL=1000 BIG=100000 BUILD=1 README=1 KEEP=0 MODE=full TRAINED=0
# The README's start command: these flags, from the app directory with its AppCDS archive when the build made one.
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xmx256m -Xms32m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=1000}
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java   # the service's JVM (./mvnw builds with JAVA_HOME's JDK too)

usage() { sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) MODE=quick DURATION=5s WARMUP=20 BIG=20000 ;;
    --db) case "$2" in h2) DBS=h2 ;; pg) DBS=pg ;; both) DBS="h2 pg" ;; *) usage 2 ;; esac; shift ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --threads) THREADS=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --small) SMALL=$2; shift ;;
    --big) BIG=$2; shift ;;
    --no-build) BUILD=0 ;;
    --no-readme) README=0 ;;
    --keep) KEEP=1 ;;
    --trained|--aot) TRAINED=1 ;;
    -h|--help) usage ;;
    *) echo "unknown option $1" >&2; usage 2 ;;
  esac
  shift
done

JAVA_VERSION=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ { print $2 }' || true)
[ "${JAVA_VERSION:-0}" -ge 17 ] 2>/dev/null || { echo "$JAVA is Java ${JAVA_VERSION:-?}: the service needs 17 or later" >&2; exit 2; }
# What the jars are started with; the file and the title say when it is not the default command. A training run
# makes an AOT cache on JDK 25 and later, an AppCDS archive before (deploy/class-cache.sh).
KIND=
if [ "$TRAINED" = 1 ]; then KIND=trained-cds; [ "$JAVA_VERSION" -ge 25 ] && KIND=aot; fi

log() { printf '%s  %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# --- Tools: Debian's wrk and nginx-light, installed when missing (apt waits for another apt to finish).
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q "${need[@]}" >/dev/null \
    || { $SUDO apt-get -o DPkg::Lock::Timeout=300 update -q >/dev/null \
         && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q "${need[@]}" >/dev/null; }
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# --- Everything started here is stopped on exit, whatever happens.
WORK=$(mktemp -d "${TMPDIR:-/tmp}/duban-bench.XXXXXX")
SVC_PID= NGINX_PID= PG_DB=
cleanup() {
  set +e
  [ -n "$SVC_PID" ] && kill "$SVC_PID" 2>/dev/null && wait "$SVC_PID" 2>/dev/null
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null && wait "$NGINX_PID" 2>/dev/null
  [ -n "$PG_DB" ] && psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "drop database if exists $PG_DB with (force)" >/dev/null
  if [ "$KEEP" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP PIPE   # a closed output (| head) must not skip the cleanup

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
# CPU time (user + system) the process has used: less sensitive than wall time to other load on the machine.
cpu_ms() { awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15) * 1000 / hz) }' "/proc/$1/stat"; }

# --- Build: the default (H2) jar, then the PostgreSQL one; each copied aside because both build into target/.
build() {
  local profile=$1 dest=$2
  log "building the ${profile} jar"
  local args=(-B -q package -DskipTests)
  [ "$profile" = pg ] && args+=(-Ppostgresql)
  [ "$KIND" = aot ] && args+=(-Dquarkus.package.jar.type=aot-jar -Dquarkus.package.jar.appcds.enabled=false)
  ./mvnw "${args[@]}" >"$WORK/build-$profile.log" 2>&1 || { tail -40 "$WORK/build-$profile.log" >&2; exit 1; }
  rm -rf "$dest" && cp -a target/quarkus-app "$dest"   # -a: the AppCDS archive checks the jars' modification times
  # Which class cache the copy holds, so that --no-build never measures one under another's name.
  echo "${KIND:-default}" >"$dest/.bench-kind"
  if [ "$TRAINED" = 1 ]; then
    log "training the ${profile} jar's class cache"
    if [ "$profile" = pg ]; then
      local scratch="duban_bench_training_$$"
      psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -v ON_ERROR_STOP=1 -qc "create database $scratch"
      local trained=0
      DUBAN_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$scratch" DUBAN_DB_USER="$PGUSER" JAVA_OPTS="$JAVA_OPTS" \
        deploy/class-cache.sh "$dest" >&2 && trained=1
      psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "drop database $scratch with (force)"
      [ "$trained" = 1 ] || exit 1
    else
      JAVA_OPTS="$JAVA_OPTS" deploy/class-cache.sh "$dest" >&2
    fi
  fi
}
declare -A APP=([h2]="$ROOT/target/bench-h2-app" [pg]="$ROOT/target/bench-pg-app")
if [ "$BUILD" = 1 ]; then
  for db in $DBS; do build "$db" "${APP[$db]}"; done
fi
for db in $DBS; do
  [ -f "${APP[$db]}/quarkus-run.jar" ] || { echo "no ${APP[$db]}: run without --no-build first" >&2; exit 1; }
  built=$(cat "${APP[$db]}/.bench-kind" 2>/dev/null || echo unknown)
  [ "$built" = "${KIND:-default}" ] \
    || { echo "${APP[$db]} holds jars built for '$built', this run is '${KIND:-default}': run without --no-build" >&2; exit 1; }
done
if COMMIT=$(git rev-parse --short HEAD 2>/dev/null); then
  git diff --quiet HEAD -- src pom.xml || COMMIT="$COMMIT-dirty"
else
  COMMIT=unknown
fi

ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
RESULTS="$WORK/results.tsv"   # db stage request rps p99_ms non2xx3xx errors requests
STARTS="$WORK/starts.tsv"     # db stage first_answer_ms rss_start_mb rss_load_mb cpu_ms
: >"$RESULTS"; : >"$STARTS"

# The flag of the app's class cache: its AOT cache (--trained on JDK 25), else its AppCDS archive (the build's, or the
# training run's with --trained on JDK 17 to 24).
class_cache() {
  if [ -f "${APP[$1]}/app.aot" ]; then echo -XX:AOTCache=app.aot
  elif [ -f "${APP[$1]}/app-cds.jsa" ]; then echo -XX:SharedArchiveFile=app-cds.jsa; fi
}

# Starts the service of $1 (h2|pg) with the environment in SVC_ENV; sets SVC_PID, PORT, START_MS, RSS_START.
start_service() {
  local db=$1 stage=$2 t0
  PORT=$(free_port)
  t0=$(now_ms)
  # A first connection may take more than the pool's default 5 s on a loaded machine: wait for it instead of failing.
  (cd "${APP[$db]}" && exec env "${SVC_ENV[@]}" DUBAN_ADMIN_PASSWORD="$ADMIN_PASSWORD" QUARKUS_HTTP_PORT="$PORT" \
    QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT=60S \
    "$JAVA" $JAVA_OPTS $(class_cache "$db") -jar quarkus-run.jar) >>"$WORK/service-$db.log" 2>&1 &
  SVC_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$PORT/q/health/ready"; do
    kill -0 "$SVC_PID" 2>/dev/null || { tail -40 "$WORK/service-$db.log" >&2; echo "the service did not start" >&2; exit 1; }
    [ $(( $(now_ms) - t0 )) -lt 900000 ] || { echo "no answer after 900 s" >&2; exit 1; }
    sleep 0.02
  done
  START_MS=$(( $(now_ms) - t0 ))
  START_CPU_MS=$(cpu_ms "$SVC_PID")
  sleep 2
  RSS_START=$(rss_mb "$SVC_PID")
  log "$db $stage: first answer after $START_MS ms ($START_CPU_MS ms of CPU), RSS $RSS_START MB"
}
stop_service() {
  kill "$SVC_PID"; wait "$SVC_PID" 2>/dev/null || true; SVC_PID=
}

api() { curl -sf "$@"; }
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }

# One wrk run, its figures appended to RESULTS. Arguments: db stage label url [header…]
run_wrk() {
  local db=$1 stage=$2 label=$3 url=$4; shift 4
  local args=() h out
  for h in "$@"; do args+=(-H "$h"); done
  out=$(wrk --timeout 10s -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${args[@]}" "$url" 2>&1) \
    || { echo "$out" >&2; exit 1; }
  echo "$out" >"$WORK/wrk-$db-$stage-${label//[^a-zA-Z0-9]/_}.txt"
  echo "$out" | awk -v db="$db" -v stage="$stage" -v label="$label" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /requests in/ { requests = $1 }
    /Requests\/sec/ { rps = $2 }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx or 3xx/ { bad = $NF }
    /Socket errors/ { gsub(/[^0-9 ]/, " "); errors = $1 + $2 + $3 + $4 }
    END { printf "%s\t%s\t%s\t%.0f\t%.2f\t%d\t%d\t%d\n", db, stage, label, rps, p99, bad, errors, requests }' >>"$RESULTS"
  tail -1 "$RESULTS" | awk -F'\t' '{ printf "  %-32s %8s req/s  p99 %6s ms  non-2xx/3xx %s  errors %s\n", $3, $4, $5, $6, $7 }' >&2
}

start_nginx() {
  local port tries=0; port=$(free_port)
  mkdir -p "$WORK/nginx/static" "$WORK/nginx/tmp"
  chmod 711 "$WORK"; chmod 755 "$WORK/nginx" "$WORK/nginx/static"   # nginx's workers run as another user
  install -m 644 "$WORK/task.json" "$WORK/nginx/static/task.json"
  cat >"$WORK/nginx/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/tmp/body;
  proxy_temp_path $WORK/nginx/tmp/proxy;
  fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
  scgi_temp_path $WORK/nginx/tmp/scgi;
  server {
    listen 127.0.0.1:$port;
    location / { root $WORK/nginx/static; default_type application/json; }
  }
}
EOF
  "$NGINX" -e "$WORK/nginx/error.log" -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" &
  NGINX_PID=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/task.json"; do
    kill -0 "$NGINX_PID" 2>/dev/null || { cat "$WORK/nginx/error.log" >&2; exit 1; }
    (( ++tries < 200 )) || { tail -5 "$WORK/nginx/error.log" >&2; echo "nginx does not serve the file" >&2; exit 1; }
    sleep 0.05
  done
  NGINX_URL="http://127.0.0.1:$port/task.json"
}
stop_nginx() { kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true; NGINX_PID=; }

# Generates plans $2..$3 of $SMALL tasks each into the stopped service's database (SQL through its Flyway schema).
generate() {
  local db=$1 first=$2 last=$3 lib="${APP[$db]}/lib/main" url user
  if [ "$db" = h2 ]; then
    url="jdbc:h2:file:$WORK/h2-data/duban;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" user=duban
  else
    url="jdbc:postgresql://$PGHOST:$PGPORT/$PG_DB" user=$PGUSER
  fi
  log "$db: generating plans $first..$last of ~$SMALL tasks"
  java -Xmx1g -cp "$(ls "$lib"/com.h2database.h2-*.jar):$(ls "$lib"/org.postgresql.postgresql-*.jar)" \
    "$ROOT/bench/DataGen.java" "$url" "$user" "" "$first" "$last" "$SMALL" >&2
  # VACUUM too: after a bulk insert, autovacuum would otherwise run (and the first reads set hint bits) while wrk
  # measures, on the same two cores.
  if [ "$db" = pg ]; then psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d "$PG_DB" -qc "vacuum analyze"; fi
}

# Warm-up then one wrk run per request against the running service. Arguments: db stage
bench_stage() {
  local db=$1 stage=$2 base="http://127.0.0.1:$PORT/api/v1" etag
  curl -sf -o "$WORK/task.json" "$base/tasks/$TASK"
  etag=$(curl -sfI "$base/tasks/$TASK" | tr -d '\r' | awk -F': ' 'tolower($1) == "etag" { print $2 }')
  local -a names=("GET one" "GET one, API key" "GET one, Basic" "304 (If-None-Match)" "list 20" "list 100"
                  "list by unit" "list by light" "plan summary (seed, 12 tasks)" "plan summary ($PLAN_TASKS tasks)"
                  "unit scorecard")
  local -a urls=("$base/tasks/$TASK" "$base/tasks/$TASK" "$base/tasks/$TASK" "$base/tasks/$TASK"
                 "$base/tasks?size=20" "$base/tasks?size=100" "$base/tasks?unit=$UNIT&size=20"
                 "$base/tasks?plan=$PLAN&light=$LIGHT&size=20" "$base/plans/$SEED_PLAN/summary"
                 "$base/plans/$PLAN/summary" "$base/units/$UNIT/scorecard?plan=$PLAN")
  local -a hdrs=("" "Authorization: Bearer $API_KEY" "Authorization: Basic $BASIC" "If-None-Match: $etag" "" "" "" ""
                 "" "" "Authorization: Bearer $API_KEY")
  local i per=$(( WARMUP / ${#urls[@]} + 1 ))
  for i in "${!urls[@]}"; do   # every request answers 2xx/3xx before anything is measured
    curl -s -o /dev/null -w '%{http_code}' ${hdrs[$i]:+-H "${hdrs[$i]}"} "${urls[$i]}" | grep -q '^[23]' \
      || { echo "${names[$i]}: ${urls[$i]} does not answer 2xx/3xx" >&2; exit 1; }
  done
  log "$db $stage: warm-up ${WARMUP}s"
  for i in "${!urls[@]}"; do
    wrk --timeout 10s -t"$THREADS" -c"$CONNECTIONS" -d"${per}s" ${hdrs[$i]:+-H "${hdrs[$i]}"} "${urls[$i]}" >/dev/null 2>&1
  done
  # Requests wrk left behind are still being answered: wait until one request is quick again (up to 120 s), so that
  # the first measurement does not queue behind the warm-up's backlog.
  local waited=0
  while [ "$(curl -s -o /dev/null -w '%{time_total}' "${urls[0]}" | awk '{ print ($1 < 0.5) }')" != 1 ] && (( waited++ < 120 )); do
    sleep 1
  done
  log "$db $stage: measuring (wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
  for i in "${!urls[@]}"; do
    run_wrk "$db" "$stage" "${names[$i]}" "${urls[$i]}" ${hdrs[$i]:+"${hdrs[$i]}"}
  done
  start_nginx
  wrk --timeout 10s -t"$THREADS" -c"$CONNECTIONS" -d2s "$NGINX_URL" >/dev/null 2>&1
  run_wrk "$db" "$stage" "nginx, same bytes as GET one" "$NGINX_URL"
  stop_nginx
}

# Ids the requests use, found through the API: plan 1 of the generated data, a task of it with indicators, its lead
# unit, the most common light among the plan's tasks; an API key (viewer) and Basic credentials of the admin.
discover() {
  local base="http://127.0.0.1:$PORT/api/v1"
  SEED_PLAN=$(api "$base/plans?sort=id&size=1" | json 'd["items"][0]["id"]')
  PLAN=$(api -G "$base/plans" --data-urlencode "region=基准市1" | json 'd["items"][0]["id"]')
  PLAN_TASKS=$(api "$base/tasks?plan=$PLAN&size=1" | json 'd["totalItems"]')
  read -r TASK UNIT LIGHT < <(api "$base/tasks?plan=$PLAN&size=200&sort=ordinal" | json '(lambda items: (lambda lit: "%s %s %s" % (lit[0]["id"], lit[0]["units"][0]["unitId"], __import__("collections").Counter(t["effectiveLight"] for t in lit).most_common(1)[0][0]))([t for t in items if t["effectiveLight"] != "GREY" and t["units"]] or items))(d["items"])')
  BASIC=$(printf 'admin:%s' "$ADMIN_PASSWORD" | base64 -w0)
  API_KEY=$(api -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' "$base/api-keys" \
              -d '{"name":"bench","role":"viewer"}' | json 'd["key"]')
  log "seed plan $SEED_PLAN, plan $PLAN ($PLAN_TASKS tasks), task $TASK, unit $UNIT, light $LIGHT"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
STARTED_AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
PLANS_BIG=$(( (BIG + SMALL - 1) / SMALL ))
for db in $DBS; do
  if [ "$db" = h2 ]; then
    mkdir -p "$WORK/h2-data"
    SVC_ENV=(DUBAN_DATA_DIR="$WORK/h2-data")
  else
    PG_DB="duban_bench_$$_$(date +%s)"
    psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -v ON_ERROR_STOP=1 -qc "create database $PG_DB"
    SVC_ENV=(DUBAN_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$PG_DB" DUBAN_DB_USER="$PGUSER" DUBAN_DEMO_DATA=true)
  fi
  # First start on an empty database: Flyway creates the schema, the seed is imported, the admin account created.
  start_service "$db" empty
  printf '%s\tfirst start (empty database, seed import)\t%s\t%s\t\t%s\n' "$db" "$START_MS" "$RSS_START" "$START_CPU_MS" >>"$STARTS"
  stop_service
  generate "$db" 1 1
  start_service "$db" small
  discover
  bench_stage "$db" small
  printf '%s\t%s tasks\t%s\t%s\t%s\t%s\n' "$db" "$PLAN_TASKS" "$START_MS" "$RSS_START" "$(rss_mb "$SVC_PID")" "$START_CPU_MS" >>"$STARTS"
  stop_service
  generate "$db" 2 "$PLANS_BIG"
  start_service "$db" big
  TOTAL_TASKS=$(api "http://127.0.0.1:$PORT/api/v1/tasks?size=1" | json 'd["totalItems"]')
  bench_stage "$db" big
  printf '%s\t%s tasks\t%s\t%s\t%s\t%s\n' "$db" "$TOTAL_TASKS" "$START_MS" "$RSS_START" "$(rss_mb "$SVC_PID")" "$START_CPU_MS" >>"$STARTS"
  stop_service
  if [ "$db" = pg ]; then
    psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -qc "drop database if exists $PG_DB with (force)"; PG_DB=
  fi
done

mkdir -p bench/results
OUT="bench/results/$(date -u +%Y-%m-%d)-$COMMIT${KIND:+-$KIND}.md"
python3 "$ROOT/bench/report.py" "$RESULTS" "$STARTS" \
  --title "$(date -u +%Y-%m-%d) $COMMIT ($MODE mode${KIND:+, class cache of a training run})" \
  --setup "wrk -t$THREADS -c$CONNECTIONS -d$DURATION after ${WARMUP}s of warm-up; service \`java $JAVA_OPTS $(class_cache "${DBS%% *}") -jar quarkus-run.jar\`; $(nproc) cores, load average $LOAD_BEFORE at the start ($STARTED_AT); $("$JAVA" -version 2>&1 | head -1)" \
  >"$OUT"
log "wrote $OUT"
cat "$OUT"
if [ "$README" = 1 ] && [ "$TRAINED" = 0 ]; then
  python3 "$ROOT/bench/report.py" --readme README.md "$OUT" && log "README's Benchmarks table updated"
fi
