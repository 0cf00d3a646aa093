#!/usr/bin/env bash
# Benchmarks of the running suite; they print figures and never fail on them.
#   bench/run.sh [all|gateway|votes|search|public|hold] [--keep-data]   (hold: start and wait, for profiling)
# Installs its tools from Debian's packages when missing (wrk, nginx), builds what is needed,
# starts the whole suite with a fresh database under bench/target and writes bench/target/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v wrk >/dev/null || need+=(wrk)
command -v nginx >/dev/null || need+=(nginx-light)
command -v pgbench >/dev/null || need+=(postgresql-client)
if ((${#need[@]})); then
  echo "[bench] installing ${need[*]} (Debian packages)"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
  else sudo apt-get update -qq && sudo apt-get install -y -qq "${need[@]}" >/dev/null; fi
fi
./mvnw -B -q -DskipTests install
exec java -Dicpo.root="$PWD" -Dicpo.pg.shared-buffers=4GB -XX:+UseSerialGC -cp "bench/target/bench.jar:bench/target/lib/*" org.icpo.bench.Bench "${@:-all}"
