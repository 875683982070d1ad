# Sourced by the benchmarks: alternates wrk runs against two addresses and prints each
# round's requests per second, the medians and their ratio B/A.
#
#   alternate_rates NAME_A URL_A NAME_B URL_B ROUNDS CONNECTIONS
alternate_rates() {
  local name_a=$1 url_a=$2 name_b=$3 url_b=$4 rounds=$5 connections=$6
  # WRK_SCRIPT, when set, is a Lua script for wrk (random-pairs.lua); WRK_ARGS adds to each run
  rate() { eval wrk -t2 -c"$connections" -d10s ${WRK_ARGS-} ${WRK_SCRIPT:+-s "$WRK_SCRIPT"} "$1" | awk '/Requests\/sec/ {print $2}'; }
  median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
  local a=() b=() round
  for round in $(seq 1 "$rounds"); do
    a+=("$(rate "$url_a")")
    b+=("$(rate "$url_b")")
    echo "round $round: $name_a ${a[-1]} req/s, $name_b ${b[-1]} req/s"
  done
  local ma mb
  ma=$(median "${a[@]}"); mb=$(median "${b[@]}")
  echo "median: $name_a $ma req/s, $name_b $mb req/s, $name_b/$name_a = $(awk -v a="$ma" -v b="$mb" 'BEGIN {printf "%.3f", b / a}')"
}
