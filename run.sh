#!/usr/bin/env bash
# Builds Löfteskollen (tests skipped) and runs it on this machine with nothing but a JDK 17:
# an embedded PostgreSQL with its data in ./data, the command-service on 8081, the query-service on 8082.
# Ctrl-C stops everything. Extra arguments are JVM system properties for the launcher, e.g.
#   ./run.sh -Dcommand.port=9081 -Dquery.port=9082
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -DskipTests package
exec java "$@" -jar local-run/target/local-run-*-exec.jar
