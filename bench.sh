#!/usr/bin/env bash
# Measures Löfteskollen against raw PostgreSQL and stock Axon 4.13 in one run and writes BENCHMARKS.md.
#   ./bench.sh                          full run (about 25 minutes on 2 cores)
#   ./bench.sh -Dbench.quick=true       a short smoke run
#   ./bench.sh -Dbench.growth=10000000  adds the growth figure at ten million stored events (long)
#   ./bench.sh -Dbench.replay-only=true the rebuild, the RSS after it and the progress query alone
#                                       (bench/target/logs/replay-only.md; BENCHMARKS.md untouched)
#   ./bench.sh -Dbench.commands-only=true the command loads alone, without stock Axon
#                                       (bench/target/logs/commands-only.md; BENCHMARKS.md untouched)
#   ./bench.sh -Dbench.freshness-only=true [-Dbench.half-load=625] [-Dbench.samples=1000]
#                                       the freshness figures alone, after the JIT warm-up, the background at
#                                       the reports/s given (bench/target/logs/freshness-only.md; about 6 minutes)
#   ./bench.sh -Dbench.stock-axon=PATH  the stock Axon reference (default ../shared/reference/stock-axon;
#                                       where it is absent its figures say "not run")
# It starts its own PostgreSQL (in a temporary folder); builds a copy of the stock Axon reference with this
# project's Maven wrapper and runs its services on ports 18181/18182, stops them, then runs both services on
# ports 18081/18082; it sends traffic to loopback only.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -DskipTests package
exec java "$@" -jar bench/target/bench-*-exec.jar
