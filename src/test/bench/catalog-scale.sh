#!/usr/bin/env bash
# The site at 1,000 and 10,000 occupations, as an admin would get there: export the seeded
# catalog, add N synthetic occupations to it (SyntheticCatalog.java), import the file through
# /admin/catalog/import (upload, preview, confirm), then measure in the same run:
#   - the import's time (upload to preview, and confirmation to done);
#   - random ordered comparison pairs (nearly every request a first render, as for a
#     crawler) against one kept page, alternating, wrk -c32 accepting gzip, with p99;
#   - the home page, /occupations, an occupation page, the sitemap index, one sitemap file
#     and a search: size, first request and median of the next 10;
#   - the JVM's RSS, and its live heap right after a full GC, after the random pairs;
#   - the time from starting the jar again (same data) to its first page.
#
#   src/test/bench/catalog-scale.sh [sizes] [rounds] [seconds]
#   src/test/bench/catalog-scale.sh "1000 10000" 2 30
#
# Runs the jar with -Xmx512m (JAVA_OPTS to change) on scratch data on port 18090. Needs wrk
# (sudo apt-get install -y wrk); builds the jar if there is none.
set -euo pipefail
cd "$(dirname "$0")/../../.."
sizes=${1:-1000 10000}
rounds=${2:-2}
seconds=${3:-30}
java_opts=${JAVA_OPTS:--Xmx512m}
port=18090
base="http://localhost:$port"
command -v wrk >/dev/null || { echo "needs wrk: sudo apt-get install -y wrk" >&2; exit 1; }
[ -f target/career-compare.jar ] || ./mvnw -q -B -DskipTests package

work=$(mktemp -d)
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
  rm -rf "$work"
}
trap cleanup EXIT
password="bench-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')"

start() { # data directory; sets pid, and started: the seconds to the first page
  local began=$(date +%s.%N)
  # shellcheck disable=SC2086 # the options are a list
  CAREER_COMPARE_DATA="$work/$1" ADMIN_USERNAME=bench ADMIN_PASSWORD="$password" \
    java $java_opts -jar target/career-compare.jar --server.port=$port > "$work/$1.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do curl -sf -o /dev/null "$base/" && break; sleep 0.1; done
  started=$(awk -v a="$began" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}')
}
stop() {
  kill "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done; pid=
}
cookies="$work/cookies"
token() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.1f", b - a}'; }

signin() {
  rm -f "$cookies"
  local t; t=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | token)
  curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "username=bench" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$t" "$base/login"
}

import() { # file; prints "check Xs, import Ys"
  local t job began checked page v
  t=$(curl -s -c "$cookies" -b "$cookies" "$base/admin/catalog/import" | token)
  began=$(now)
  job=$(curl -s -c "$cookies" -b "$cookies" -o /dev/null -w '%{redirect_url}' -F "_csrf=$t" \
    -F "file=@$1;type=application/zip" "$base/admin/catalog/import")
  until curl -s -b "$cookies" "$job" | grep -q -e 'Check what' -e 'cannot be imported'; do sleep 0.5; done
  checked=$(since "$began")
  page=$(curl -s -b "$cookies" "$job")
  echo "$page" | grep -q 'Check what' || { echo "the file has problems:" >&2; echo "$page" | grep -o '<td>[^<]*</td>' | head >&2; exit 1; }
  t=$(echo "$page" | token)
  v=$(echo "$page" | sed -n 's/.*name="catalogVersion" value="\([0-9]*\)".*/\1/p')
  began=$(now)
  curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "_csrf=$t" --data-urlencode "catalogVersion=$v" "$job"
  until curl -s -b "$cookies" "$job" | grep -q -e '<h1>Imported' -e 'failed'; do sleep 0.5; done
  curl -s -b "$cookies" "$job" | grep -q '<h1>Imported' || { echo "the import failed" >&2; exit 1; }
  echo "check ${checked}s, import $(since "$began")s"
}

timing() { # path: bytes, first request ms, median of 10 more ms
  local first times=() i bytes
  read -r first bytes < <(curl -s -o /dev/null -w '%{time_total} %{size_download}\n' -H 'Accept-Encoding: identity' "$base$1")
  for i in $(seq 1 10); do times+=("$(curl -s -o /dev/null -w '%{time_total}' "$base$1")"); done
  printf '%-40s %9s bytes, first %6.1f ms, then median %6.1f ms\n' "$1" "$bytes" \
    "$(awk -v t="$first" 'BEGIN {print t * 1000}')" "$(awk -v t="$(median "${times[@]}")" 'BEGIN {print t * 1000}')"
}

run() { # name url [script]: prints "req/s p99"
  local out
  # as browsers and crawlers ask: gzip accepted
  if [ -n "${3-}" ]; then out=$(SLUGS="$work/slugs" wrk -t2 -c32 -d"${seconds}s" --latency -H 'Accept-Encoding: gzip' -s "$3" "$2")
  else out=$(wrk -t2 -c32 -d"${seconds}s" --latency -H 'Accept-Encoding: gzip' "$2"); fi
  echo "$(echo "$out" | awk '/Requests\/sec/ {print $2}') $(echo "$out" | awk '$1 == "99%" {print $2}')"
}

echo "$(nproc) cores; JVM options: $java_opts; $rounds rounds of ${seconds}s per kind"
for size in $sizes; do
  echo
  echo "== $size synthetic occupations (and the 8 seeded) =="
  start "data-$size"
  echo "started in ${started}s (fresh data directory)"
  signin
  curl -s -b "$cookies" -o "$work/export.zip" "$base/admin/catalog/export"
  java src/test/bench/SyntheticCatalog.java "$work/export.zip" "$size" "$work/catalog-$size.zip" > /dev/null
  echo "import of $(du -k "$work/catalog-$size.zip" | cut -f1) KB: $(import "$work/catalog-$size.zip")"
  files=$(curl -s "$base/sitemap.xml" | grep -o '<loc>[^<]*</loc>' | sed 's/<[^>]*>//g; s|^https\?://[^/]*||')
  : > "$work/slugs"
  for file in $(echo "$files" | grep '/occupations-'); do
    curl -s "$base$file" | grep -o '<loc>[^<]*</loc>' | sed 's|.*/occupations/||; s|</loc>||' >> "$work/slugs"
  done
  echo "$(wc -l < "$work/slugs") occupations in the sitemap's files"
  kept="/compare/$(sed -n 1p "$work/slugs")-vs-$(sed -n 2p "$work/slugs")"
  curl -s -o /dev/null "$base$kept"
  wrk -t2 -c32 -d10s "$base$kept" > /dev/null
  kept_rates=() random_rates=()
  for round in $(seq 1 "$rounds"); do
    read -r k kp < <(run kept "$base$kept")
    read -r r rp < <(run random "$base/" src/test/bench/random-pairs.lua)
    kept_rates+=("$k"); random_rates+=("$r")
    echo "round $round: kept page $k req/s (p99 $kp), random pairs $r req/s (p99 $rp)"
  done
  mk=$(median "${kept_rates[@]}"); mr=$(median "${random_rates[@]}")
  echo "median: kept $mk req/s, random pairs $mr req/s, random/kept = $(awk -v a="$mk" -v b="$mr" 'BEGIN {printf "%.3f", b / a}')"
  echo "RSS after the load: $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
  jcmd "$pid" GC.run > /dev/null
  echo "live heap after a full GC: $(jcmd "$pid" GC.heap_info | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {print $(i + 1); exit}}')"
  slug=$(sed -n 3p "$work/slugs")
  for path in / /occupations "/occupations/$slug" /sitemap.xml "$(echo "$files" | grep comparisons- | head -1)" \
      "/search?q=clerk" "/search/suggest?q=sen"; do
    timing "$path"
  done
  stop
  start "data-$size"
  echo "started again in ${started}s (same data)"
  stop
done
