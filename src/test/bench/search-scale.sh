#!/usr/bin/env bash
# Search latency at scale: 100,000 synthetic occupations with 300,000 alternate titles in a
# scratch embedded PostgreSQL, p50/p95/p99 for the results page and for suggestions over
# exact, prefix, reordered-words, alternate-title and typo queries, then EXPLAIN ANALYZE
# plans. Not part of ./mvnw verify. See SearchScaleBenchmark.
#
#   src/test/bench/search-scale.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" com.careercompare.search.SearchScaleBenchmark
