#!/usr/bin/env bash
# Requests per second for one page of the site against nginx serving the same bytes,
# on this machine, in the same run: the ratio is the figure to quote.
#
#   src/test/bench/page-rate.sh [path] [rounds]
#
# Needs wrk and nginx (sudo apt-get install -y wrk nginx-light). Builds the jar if
# needed, runs it on scratch data on port 18080 and nginx on 18081, warms the JVM up,
# then alternates wrk runs (2 threads, 32 connections, 10 s) and prints the medians and
# site/nginx.
# JAVA=/path/to/java runs the site on another JVM.
set -euo pipefail
cd "$(dirname "$0")/../../.."
path=${1:-/compare/senior-accounts-receivable-specialist-vs-collector}
rounds=${2:-5}
for tool in wrk nginx; do
  command -v "$tool" >/dev/null || { echo "needs $tool: sudo apt-get install -y wrk nginx-light" >&2; exit 1; }
done
[ -f target/career-compare.jar ] || ./mvnw -q -B -DskipTests package

work=$(mktemp -d)
site_pid=""
cleanup() {
  [ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null && while kill -0 "$site_pid" 2>/dev/null; do sleep 0.5; done
  [ -f "$work/nginx.pid" ] && nginx -c "$work/nginx.conf" -s stop 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

CAREER_COMPARE_DATA="$work/postgres" "${JAVA:-java}" -jar target/career-compare.jar --server.port=18080 > "$work/site.log" 2>&1 &
site_pid=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null http://localhost:18080/robots.txt && break; sleep 1; done
curl -sf "http://localhost:18080$path" -o "$work/page.html" || { echo "the site did not serve $path" >&2; tail "$work/site.log" >&2; exit 1; }

cat > "$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type text/html;
  server { listen 18081; location / { root $work; try_files /page.html =404; } }
}
NGINX
nginx -c "$work/nginx.conf"

echo "page: $path ($(wc -c < "$work/page.html") bytes), $(nproc) cores; warming up for 60 s"
wrk -t2 -c32 -d60s "http://localhost:18080$path" > /dev/null
. src/test/bench/alternate-rates.sh
alternate_rates nginx "http://localhost:18081$path" site "http://localhost:18080$path" "$rounds" 32
