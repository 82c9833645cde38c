#!/usr/bin/env bash
# Measurement write throughput: wrk with CLIENTS connections (8) posts measurements for DURATION seconds (60), after
# WARMUP seconds (120) of the same, into the 800 indicators of a plan of 100 tasks (bench/Load.java fixture,
# bench/writes.lua), against the packaged service on a fresh embedded H2 database started as the README says.
# The warm-up is long because on two cores the JIT compilers share the machine with the service for the first minute
# or two: after 15 s of warm-up the same build wrote about half as fast as after 90 s.
# Prints writes/s, errors and latencies; exits 1 on any error. Build first: ./mvnw package -DskipTests.
# Example: CLIENTS=1 DURATION=10 bench/writes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get -o DPkg::Lock::Timeout=300 update -q >/dev/null
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 install -y -q wrk >/dev/null
fi
source bench/service.sh
CLIENTS=${CLIENTS:-8}
export INDICATORS AUTHORIZATION START
INDICATORS=$(java bench/Load.java fixture "$BASE_URL" admin "$ADMIN_PASSWORD")
AUTHORIZATION="Basic $(printf 'admin:%s' "$ADMIN_PASSWORD" | base64 -w0)"

# One wrk run of SECONDS from START; prints wrk's line and sets REQUESTS and ERRORS.
write_for() {
  START=$2
  local out
  out=$(wrk -t1 -c"$CLIENTS" -d"$1"s --timeout 10s -s bench/writes.lua "$BASE_URL")
  line=$(grep '^requests ' <<<"$out")
  REQUESTS=$(sed -E 's/^requests ([0-9]+),.*/\1/' <<<"$line")
  ERRORS=$(sed -E 's/.*non-2xx\/3xx ([0-9]+), socket errors ([0-9]+).*/\1+\2/' <<<"$line")
  ERRORS=$((ERRORS))
}

write_for "${WARMUP:-120}" 0
echo "warm-up: $line"
answered=$REQUESTS
write_for "${DURATION:-60}" "$((REQUESTS + 1000))"  # past what was still in flight
echo "writes: $CLIENTS connections, ${DURATION:-60} s, 800 indicators of 100 tasks: $((REQUESTS / ${DURATION:-60})) writes/s; $line"
answered=$((answered + REQUESTS))
# Every answered write created a row (a replayed key would be answered 200, which wrk does not count as an error).
stored=$(java bench/Load.java count "$BASE_URL" admin "$ADMIN_PASSWORD" "$INDICATORS")
echo "measurements stored: $stored for $answered answered writes"
[ "$ERRORS" -eq 0 ] && [ "$stored" -ge "$answered" ]
