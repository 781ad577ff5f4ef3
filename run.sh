#!/usr/bin/env bash
# Builds the product (tests skipped) and starts it on the embedded H2 database under ./data, with demo data on
# first start and the plugins built into ./plugins-dist. Extra arguments go to the application,
# e.g. ./run.sh --server.port=9090
set -euo pipefail
cd "$(dirname "$0")"
mvn -B -q install -DskipTests
exec java -jar app/target/customer-review-cloud.jar "$@"
