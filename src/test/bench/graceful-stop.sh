#!/usr/bin/env bash
# Not a benchmark: shows that a request in flight when the site gets SIGTERM is finished
# (server.shutdown=graceful). Starts the jar on scratch data (port 18095), signs in, exports
# the catalog, uploads it back to /admin/catalog/import at 1 KB/s (about 6 s), sends SIGTERM
# one second in, and prints how the upload was answered and when the site exited.
#
#   src/test/bench/graceful-stop.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
[ -f target/career-compare.jar ] || ./mvnw -q -B -DskipTests package
port=18095 base="http://localhost:18095"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
password="check-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')"
CAREER_COMPARE_DATA="$work/data" ADMIN_USERNAME=check ADMIN_PASSWORD="$password" \
  java -jar target/career-compare.jar --server.port=$port > "$work/site.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do curl -sf -o /dev/null "$base/" && break; sleep 0.1; done
token() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
cookies="$work/cookies"
t=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | token)
curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode username=check \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$t" "$base/login"
curl -s -b "$cookies" -o "$work/catalog.zip" "$base/admin/catalog/export"
t=$(curl -s -b "$cookies" "$base/admin/catalog/import" | token)
began=$(date +%s.%N)
since() { awk -v a="$began" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}'; }
curl -s -b "$cookies" --limit-rate 1k -o /dev/null -w "the upload ($(wc -c < "$work/catalog.zip") bytes) was answered %{http_code} after %{time_total} s\n" \
  -F "_csrf=$t" -F "file=@$work/catalog.zip;type=application/zip" "$base/admin/catalog/import" &
upload=$!
sleep 1
echo "SIGTERM $(since) s after the upload began"
kill -TERM "$pid"
wait "$upload"
while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
echo "the site exited $(since) s after the upload began"
