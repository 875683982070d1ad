#!/usr/bin/env bash
# The site through a PostgreSQL outage, on a real server: Debian's PostgreSQL (apt-get
# installs it, and wrk, if missing; run as root), the site on SPRING_DATASOURCE_URL with N
# synthetic occupations imported (SyntheticCatalog.java, the --import command), then 60 s of
# load in three phases, with PostgreSQL stopped (pg_ctl stop -m fast) for the middle one:
#   - kept comparison pages (wrk -c8 over 20 pages asked for beforehand), and
#   - random comparison pairs and searches (wrk -c24), nearly all needing the database,
#   - an admin saving the collector's job openings once a second (a browser-like client).
# Per phase it prints, for each load, the requests, the answers by status, and latency;
# then the time from PostgreSQL's start to the first fresh page served, which saves were
# confirmed and whether each is in the database (none lost), and what the site logged.
#
#   src/test/bench/outage.sh [occupations] [phase seconds: before during after]
#   src/test/bench/outage.sh 1000 15 30 15
#   src/test/bench/outage.sh soak [minutes]     # random pairs and searches at -c64, RSS each minute
#
# The jar runs with -Xmx512m (JAVA_OPTS) on port 18091, PostgreSQL on 15499, scratch data
# (KEEP=1 keeps it, with the site's log, and says where).
set -euo pipefail
cd "$(dirname "$0")/../../.."
mode=outage
if [ "${1:-}" = soak ]; then mode=soak; minutes=${2:-10}; size=1000; else size=${1:-1000}; fi
before=${2:-15} during=${3:-30} after=${4:-15}
java_opts=${JAVA_OPTS:--Xmx512m}
port=18091 pgport=15499
base="http://localhost:$port"
if ! ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || ! command -v wrk >/dev/null; then
  apt-get install -y postgresql wrk >/dev/null
fi
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
[ -f target/career-compare.jar ] || ./mvnw -q -B -DskipTests package

work=$(mktemp -d)
chmod 755 "$work"
pid= editor=
pg() { runuser -u postgres -- "$pgbin/pg_ctl" -D "$work/pg" "$@" > /dev/null; }
cleanup() {
  [ -n "$editor" ] && kill "$editor" 2>/dev/null
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && while kill -0 "$pid" 2>/dev/null; do sleep 0.5; done
  pg -m immediate stop 2>/dev/null || true
  if [ -n "${KEEP:-}" ]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
mkdir "$work/pg" "$work/pgrun" && chown postgres "$work/pg" "$work/pgrun"
runuser -u postgres -- "$pgbin/initdb" -D "$work/pg" -U postgres --auth=trust > /dev/null
pg -o "-p $pgport -k $work/pgrun" -l "$work/pgrun/log" -w start
psql -q -h localhost -p $pgport -U postgres -c "create database careercompare"
sql() { psql -h localhost -p $pgport -U postgres -d careercompare -Atc "$1"; }

password="bench-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')"
export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$pgport/careercompare" SPRING_DATASOURCE_USERNAME=postgres \
  ADMIN_USERNAME=bench ADMIN_PASSWORD="$password"
# shellcheck disable=SC2086 # the options are a list
java $java_opts -jar target/career-compare.jar --server.port=$port > "$work/site.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do curl -sf -o /dev/null "$base/" && break; sleep 0.1; done

# the catalog: export, N more occupations, imported by the command (the site hears of it)
cookies="$work/cookies"
token() { sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1; }
t=$(curl -s -c "$cookies" -b "$cookies" "$base/login" | token)
curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "username=bench" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$t" "$base/login"
curl -s -b "$cookies" -o "$work/export.zip" "$base/admin/catalog/export"
java src/test/bench/SyntheticCatalog.java "$work/export.zip" "$size" "$work/catalog.zip" > /dev/null
# shellcheck disable=SC2086
java $java_opts -jar target/career-compare.jar --import="$work/catalog.zip" > "$work/import.log" 2>&1
sql "select slug from occupation order by id" > "$work/slugs"
echo "$(wc -l < "$work/slugs") occupations"
head -8 "$work/slugs" | awk '{s[NR] = $0} END {for (i = 1; i <= NR; i++) for (j = 1; j <= NR; j++)
  if (i != j && n++ < 20) print "/compare/" s[i] "-vs-" s[j]}' > "$work/kept"
for _ in 1 2; do while read -r p; do curl -s -o /dev/null "$base$p"; done < "$work/kept"; done

load() { # name connections seconds [PATHS=file]; one line of figures
  local name=$1 connections=$2 seconds=$3
  printf '  %-22s' "$name:"
  env "${@:4}" wrk -t1 -c"$connections" -d"${seconds}s" --timeout 10s -s src/test/bench/outage-mix.lua "$base" | tail -1
}
mixed_load() { SLUGS="$work/slugs" load "$@"; }
rss() { awk '/VmRSS/ {printf "%d MB", $2 / 1024}' "/proc/$pid/status"; }

if [ "$mode" = soak ]; then
  echo "soak: random pairs and searches at -c64, a minute at a time"
  for minute in $(seq 1 "$minutes"); do
    echo "minute $minute (RSS before $(rss))"
    load "pairs and searches" 64 60 "SLUGS=$work/slugs"
  done
  echo "RSS after: $(rss)"
  exit 0
fi

# an admin saving once a second, as a browser would: the whole form, each time freshly opened
cat > "$work/editor.py" <<'EOF'
import http.cookiejar, re, sys, time, urllib.error, urllib.parse, urllib.request
from html.parser import HTMLParser
base, password, out = sys.argv[1], sys.argv[2], sys.argv[3]
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args): return None
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)
login = opener.open(base + '/login').read().decode()
token = re.search(r'name="_csrf" value="([^"]*)"', login).group(1)
try:
    opener.open(base + '/login', urllib.parse.urlencode({'username': 'bench', 'password': password, '_csrf': token}).encode())
except urllib.error.HTTPError as e:
    assert e.code == 302, e.code
class Form(HTMLParser):
    def __init__(self):
        super().__init__(); self.fields = []; self.inside = False; self.textarea = None; self.select = None
    def handle_starttag(self, tag, a):
        a = dict(a)
        if tag == 'form' and 'occupation-form' in (a.get('class') or ''): self.inside = True
        if not self.inside: return
        if tag == 'input' and a.get('name') and a.get('type') not in ('submit', 'button', 'checkbox', 'radio'):
            self.fields.append([a['name'], a.get('value') or ''])
        elif tag == 'input' and a.get('name') and 'checked' in a: self.fields.append([a['name'], a.get('value') or 'on'])
        elif tag == 'textarea': self.textarea = [a.get('name'), '']; self.fields.append(self.textarea)
        elif tag == 'select': self.select = [a.get('name'), None]; self.fields.append(self.select)
        elif tag == 'option' and self.select is not None and (self.select[1] is None or 'selected' in a):
            self.select[1] = a.get('value') or ''
    def handle_data(self, data):
        if self.textarea is not None: self.textarea[1] += data
    def handle_endtag(self, tag):
        if tag == 'textarea': self.textarea = None
        if tag == 'select': self.select = None
        if tag == 'form': self.inside = False
value = 20000
with open(out, 'w', buffering=1) as log:
    while True:
        time.sleep(1)
        try:
            page = opener.open(base + '/admin/occupations/collector', timeout=30).read().decode()
        except urllib.error.HTTPError as e:
            log.write('open %d %s\n' % (e.code, time.strftime('%H:%M:%S'))); continue
        except Exception as e:
            log.write('open error %s\n' % type(e).__name__); continue
        form = Form(); form.feed(page)
        value += 1
        fields = [(k, ('%d' % value) if k == 'values[jobOpenings]' else (v or '')) for k, v in form.fields if k]
        try:
            opener.open(base + '/admin/occupations/collector', urllib.parse.urlencode(fields).encode(), timeout=30)
            log.write('save %d %s\n' % (value, 'answered 200'))
        except urllib.error.HTTPError as e:
            log.write('save %d %s\n' % (value, 'confirmed' if e.code == 302 else 'answered %d' % e.code))
        except Exception as e:
            log.write('save %d error %s\n' % (value, type(e).__name__))
EOF
python3 "$work/editor.py" "$base" "$password" "$work/saves" &
editor=$!

unseen() { # a comparison nobody asked for yet
  echo "/compare/$(shuf -n1 "$work/slugs")-vs-$(shuf -n1 "$work/slugs")"
}
phase() { # name seconds
  echo "$1 (${2} s):"
  load "kept pages" 8 "$2" "PATHS=$work/kept" > "$work/kept.out" &
  local kept=$!
  mixed_load "pairs and searches" 24 "$2"
  wait $kept; cat "$work/kept.out"
}
phase "before the outage" "$before"
pg -m fast -w stop
stopped=$(date +%s.%N)
phase "PostgreSQL stopped" "$during"
pg -o "-p $pgport -k $work/pgrun" -l "$work/pgrun/log" -w start
started=$(date +%s.%N)
(until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base$(unseen)")" = 200 ]; do sleep 0.05; done
 awk -v a="$started" -v b="$(date +%s.%N)" 'BEGIN {printf "  a fresh page again %.2f s after PostgreSQL started\n", b - a}' > "$work/recovery") &
recovery=$!
phase "PostgreSQL back" "$after"
wait $recovery; cat "$work/recovery"
kill "$editor"; editor=

confirmed=$(awk '$3 == "confirmed" {print $2}' "$work/saves")
kept=0 lost=0
for v in $confirmed; do
  if [ "$(sql "select count(*) from occupation_aud a join occupation o on o.id = a.id where o.slug = 'collector' and a.job_openings = $v")" -gt 0 ]; then
    kept=$((kept + 1)); else lost=$((lost + 1)); fi
done
echo "admin saves: $(grep -c '^save' "$work/saves") sent, $(echo "$confirmed" | grep -c . || true) confirmed ($kept in the database, $lost lost);" \
  "$(awk '$1 == "save" && $3 != "confirmed"' "$work/saves" | sort | awk '{print $3, $4}' | uniq -c | tr '\n' ';')" \
  "forms not opened: $(grep -c '^open' "$work/saves" || true)"
echo "site log: $(grep -c ' WARN ' "$work/site.log" || true) WARN, $(grep -c ' ERROR ' "$work/site.log" || true) ERROR, $(grep -c $'^\tat ' "$work/site.log" || true) stack trace lines"
grep -E ' (WARN|ERROR) ' "$work/site.log" | grep -v AdminBootstrap | cut -c1-220 | sed 's/^/  /' | head -10
echo "RSS $(rss)"
