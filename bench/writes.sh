#!/usr/bin/env bash
# Measurement write throughput: CLIENTS clients (8) post measurements for DURATION seconds (20) into the 200 indicators of
# a plan of 25 tasks (bench/Load.java), against the packaged service on a fresh embedded H2 database. Prints writes/s, errors and latencies; exits 1 on
# any error. Build first: ./mvnw package -DskipTests. Example: CLIENTS=1 DURATION=10 bench/writes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/service.sh
java bench/Load.java writes "$BASE_URL" admin "$ADMIN_PASSWORD" "${CLIENTS:-8}" "${DURATION:-20}"
