#!/usr/bin/env bash
# Requests per second for one page under two settings of the site, in the same run: the
# ratio B/A is the figure to quote. A and B are each a string of extra arguments for the jar.
#
#   src/test/bench/settings-ab.sh "A arguments" "B arguments" [path] [rounds] [connections]
#
# For example, the SpEL compiler on pages rendered from the database for every request:
#
#   src/test/bench/settings-ab.sh \
#       "--spring.thymeleaf.enable-spring-el-compiler=false --career-compare.page-cache.enabled=false" \
#       "--career-compare.page-cache.enabled=false" "" 5 4
#
# JAR_A and JAR_B run two builds instead (both target/career-compare.jar by default), to
# weigh a change against the build before it:
#
#   git worktree add /tmp/before HEAD~1 && (cd /tmp/before && ./mvnw -q -DskipTests package)
#   JAR_A=/tmp/before/target/career-compare.jar src/test/bench/settings-ab.sh "" ""
#
# DATA=DIR runs both on copies of that data directory (CAREER_COMPARE_DATA of a run that
# imported a large catalog, say); SLUGS=FILE asks for random ordered pairs of the slugs in
# the file (one a line; random-pairs.lua) instead of one page, so that nearly every request
# renders a page fresh:
#
#   DATA=/tmp/pg-10k SLUGS=/tmp/slugs JAR_A=/tmp/before.jar src/test/bench/settings-ab.sh "-Xmx512m" "-Xmx512m"
#
# Arguments starting with -X or -D go to the JVM, the others to the site. WRK_ARGS adds to
# every wrk run (WRK_ARGS="-H 'Accept-Encoding: gzip'"), WARMUP sets the seconds of the
# warm-up run against each (30 by default; random pairs of 10,000 occupations need minutes,
# until every occupation's parts are rendered).
#
# Needs wrk (sudo apt-get install -y wrk). Builds the jar if needed, runs A on port 18080 and
# B on 18082 on scratch data, warms both up, then alternates wrk runs (2 threads, 10 s) and
# prints the medians.
set -euo pipefail
cd "$(dirname "$0")/../../.."
a_args=${1-}
b_args=${2-}
jar_a=${JAR_A:-target/career-compare.jar}
jar_b=${JAR_B:-target/career-compare.jar}
path=${3:-/compare/senior-accounts-receivable-specialist-vs-collector}
rounds=${4:-5}
connections=${5:-32}
command -v wrk >/dev/null || { echo "needs wrk: sudo apt-get install -y wrk" >&2; exit 1; }
[ -f target/career-compare.jar ] || ./mvnw -q -B -DskipTests package

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null && while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
  done
  rm -rf "$work"
}
trap cleanup EXIT

start() { # port, data directory name, jar, arguments
  local jvm=() site=() arg
  for arg in $4; do case $arg in -X*|-D*) jvm+=("$arg") ;; *) site+=("$arg") ;; esac; done
  [ -n "${DATA-}" ] && cp -a "$DATA" "$work/$2"
  CAREER_COMPARE_DATA="$work/$2" java "${jvm[@]}" -jar "$3" --server.port="$1" "${site[@]}" > "$work/$2.log" 2>&1 &
  pids+=($!)
}
start 18080 a "$jar_a" "$a_args"
start 18082 b "$jar_b" "$b_args"
for port in 18080 18082; do
  for _ in $(seq 1 120); do curl -sf -o /dev/null "http://localhost:$port/robots.txt" && break; sleep 1; done
  curl -sf -o /dev/null "http://localhost:$port$path" || { echo "port $port did not serve $path" >&2; exit 1; }
done

warmup=${WARMUP:-30}
echo "page: $path, $(nproc) cores, $connections connections; A: $jar_a '$a_args', B: $jar_b '$b_args'; warming up for 2 x $warmup s"
if [ -n "${SLUGS-}" ]; then
  export SLUGS WRK_SCRIPT=src/test/bench/random-pairs.lua path=/
  echo "random pairs of the $(wc -l < "$SLUGS") slugs in $SLUGS instead"
fi
for port in 18080 18082; do
  eval wrk -t2 -c"$connections" -d"${warmup}s" ${WRK_ARGS-} ${WRK_SCRIPT:+-s "$WRK_SCRIPT"} "http://localhost:$port$path" > /dev/null
done
. src/test/bench/alternate-rates.sh
alternate_rates A "http://localhost:18080$path" B "http://localhost:18082$path" "$rounds" "$connections"
grep -l ' ERROR ' "$work"/*.log >/dev/null 2>&1 && echo "errors were logged: $(grep -c ' ERROR ' "$work"/*.log)" || true
