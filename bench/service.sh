# Shared by the bench scripts (sourced): starts the packaged service (target/quarkus-app) on a free port with a data
# directory of its own, waits until it is ready, and stops it on exit. Honours JAVA_OPTS (e.g. -Dquarkus.datasource...).
# Sets BASE_URL, SERVICE_PID, ADMIN_PASSWORD, DATA_DIR.

APP_DIR=${APP_DIR:-target/quarkus-app}
[ -f "$APP_DIR/quarkus-run.jar" ] || { echo "no $APP_DIR/quarkus-run.jar: run ./mvnw package -DskipTests first" >&2; exit 2; }

ADMIN_PASSWORD=${ADMIN_PASSWORD:-bench-admin-Passw0rd}
DATA_DIR=${DATA_DIR:-$(mktemp -d -t duban-bench-XXXXXX)}
PORT=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
BASE_URL="http://127.0.0.1:$PORT"
LOG_FILE="$DATA_DIR/service.log"

DUBAN_ADMIN_PASSWORD="$ADMIN_PASSWORD" DUBAN_DATA_DIR="$DATA_DIR" DUBAN_DEMO_DATA=false QUARKUS_HTTP_PORT="$PORT" \
  java -Xmx256m ${JAVA_OPTS:-} -jar "$APP_DIR/quarkus-run.jar" > "$LOG_FILE" 2>&1 &
SERVICE_PID=$!
# Keeps the script's own exit status (the load generator's verdict), not the stopped service's (143 after SIGTERM,
# which set -e would otherwise turn into the script's).
trap 'status=$?; kill "$SERVICE_PID" 2>/dev/null; wait "$SERVICE_PID" 2>/dev/null || true; [ -n "${KEEP_DATA:-}" ] || rm -rf "$DATA_DIR"; exit $status' EXIT

for _ in $(seq 1 360); do
  if curl -fs "$BASE_URL/q/health/ready" > /dev/null; then break; fi
  kill -0 "$SERVICE_PID" 2>/dev/null || { echo "service did not start:" >&2; cat "$LOG_FILE" >&2; exit 1; }
  sleep 0.5
done
curl -fs "$BASE_URL/q/health/ready" > /dev/null || { echo "service not ready after 180 s" >&2; exit 1; }
echo "service pid $SERVICE_PID at $BASE_URL, data in $DATA_DIR"
