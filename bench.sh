#!/usr/bin/env bash
# Measures Löfteskollen against raw PostgreSQL in one run and writes BENCHMARKS.md.
#   ./bench.sh                          full run (about 15 minutes on 2 cores)
#   ./bench.sh -Dbench.quick=true       a short smoke run
#   ./bench.sh -Dbench.growth=10000000  adds the growth figure at ten million stored events (long)
# It starts its own PostgreSQL (in a temporary folder) and both services on ports 18081/18082,
# and sends traffic to loopback only.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -DskipTests package
exec java "$@" -jar bench/target/bench-*-exec.jar
