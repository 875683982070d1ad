#!/usr/bin/env bash
# Requests per second for one page rendered fresh (the page cache off) by two builds of the
# site, in the same run: what a change costs a page asked for for the first time.
#
#   src/test/bench/builds-ab.sh OLD.jar NEW.jar [path] [rounds]
#
# Build the older jar from a worktree (git worktree add /tmp/old COMMIT && (cd /tmp/old &&
# ./mvnw -q -DskipTests package)). Needs wrk. Runs both jars on scratch data (ports 18090
# and 18091, -Xmx512m), warms each up for 15 s, then alternates wrk rounds (2 threads, 32
# connections, 10 s) and prints the medians and NEW/OLD.
set -euo pipefail
cd "$(dirname "$0")/../../.."
old=${1:?the older jar}
new=${2:?the newer jar}
path=${3:-/compare/senior-accounts-receivable-specialist-vs-collector}
rounds=${4:-5}
command -v wrk >/dev/null || { echo "needs wrk: sudo apt-get install -y wrk" >&2; exit 1; }
source src/test/bench/alternate-rates.sh

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
port=18090
for jar in "$old" "$new"; do
  CAREER_COMPARE_DATA="$work/pg-$port" java -Xmx512m -jar "$jar" --server.port=$port \
    --career-compare.page-cache.enabled=false > "$work/site-$port.log" 2>&1 &
  pids+=($!)
  port=$((port + 1))
done
for port in 18090 18091; do
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://localhost:$port/robots.txt" && break; sleep 1; done
  curl -sf -o /dev/null "http://localhost:$port$path" || { echo "port $port did not serve $path" >&2; exit 1; }
  wrk -t2 -c16 -d15s "http://localhost:$port$path" > /dev/null
done
alternate_rates old "http://localhost:18090$path" new "http://localhost:18091$path" "$rounds" 32
