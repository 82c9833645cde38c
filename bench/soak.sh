#!/usr/bin/env bash
# Soak: CLIENTS clients (8) send mixed traffic for DURATION seconds (600) to the packaged service on a fresh embedded H2
# database — of every 20 requests 12 reads, 5 measurement writes, 2 progress reports and 1 import of the seed table —
# while the service's heap after a full GC (jcmd GC.class_histogram: what is live, counted in the collection's pause),
# its active database connections (agroal, from /q/metrics) and live threads are sampled every SAMPLE seconds (60),
# each with no request in flight (the clients wait for the sample, so that it shows what the service keeps, not the
# work it is doing). Exits 1 on any failed request, or when the heap after GC moved by more than 10 % between the
# second sample and the last, or connections or threads grew. With HISTOGRAMS=<dir>, each sample's class histogram is
# also written there, to see what moved.
# Build first: ./mvnw package -DskipTests. Example: DURATION=180 SAMPLE=30 bench/soak.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/service.sh
java bench/Load.java soak "$BASE_URL" admin "$ADMIN_PASSWORD" "${CLIENTS:-8}" "${DURATION:-600}" "$SERVICE_PID" \
  "${SAMPLE:-60}" src/main/resources/seed/2023-zhoushan-completion-table.txt
