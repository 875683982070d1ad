#!/usr/bin/env bash
# Saves the HTML of every public page the sitemap lists (and the sitemap, robots.txt and
# the 404 page) from a running site into a folder, asset fingerprints and the seed's time
# of day blanked (each new database is seeded at its own moment), so that two builds can be
# compared byte for byte with `diff -r`:
#
#   src/test/bench/snapshot-pages.sh http://localhost:8080 /tmp/pages-before
#   ... change the code, restart the site ...
#   src/test/bench/snapshot-pages.sh http://localhost:8080 /tmp/pages-after
#   diff -r /tmp/pages-before /tmp/pages-after && echo identical
set -euo pipefail
base=${1:?base URL, such as http://localhost:8080}
out=${2:?folder to write}
mkdir -p "$out"
fetch() { # path file
  curl -s "$base$1" | sed -E -e 's/(site|print)-[0-9a-f]{8,}\.(css|js)/\1-HASH.\2/g' \
    -e 's/(datetime="[0-9-]{10})T[0-9:.]+Z"/\1"/g' > "$out/$2"
}
fetch /sitemap.xml sitemap.xml
fetch /robots.txt robots.txt
fetch /occupations/no-such-occupation not-found.html
fetch '/search?q=collector' search-collector.html
fetch '/search?q=recievable' search-typo.html
fetch '/search?q=accounts+receivable' search-words.html
# the sitemap is an index of sitemap files, or (before 2026-12-02) one file of every page
files=$(sed -nE 's#.*<sitemap><loc>https?://[^/]+(/[^<]*)</loc>.*#\1#p' "$out/sitemap.xml")
for file in $files; do
  fetch "$file" "$(printf '%s' "$file" | sed -e 's#^/##' -e 's#/#_#g')"
done
paths=$(cat "$out/sitemap.xml" $(for file in $files; do printf '%s ' "$out/$(printf '%s' "$file" | sed -e 's#^/##' -e 's#/#_#g')"; done) \
  | sed -nE 's#.*<url><loc>https?://[^/]+(/[^<]*)</loc>.*#\1#p')
n=0
for path in $paths; do
  name=$(printf '%s' "$path" | sed -e 's#^/$#home#' -e 's#^/##' -e 's#/#_#g')
  fetch "$path" "$name.html"
  n=$((n + 1))
done
echo "$n pages saved in $out"
