#!/usr/bin/env bash
# Load benchmark (issue 5, "Load"): the app in Development on a fresh demo database in a temp folder, on a free
# loopback port; several demo users signed in with curl; wrk drives CONNECTIONS connections for DURATION of mixed
# browsing (home, member list, member details, meetings, fees) and writing (a cell secretary records meetings).
# Afterwards: errors (non-2xx/3xx and socket errors; goal 0), lost writes (302 "saved" answers minus the rows the
# database gained; goal 0), p50/p95/p99 latency and requests/s, printed and written to bench/results/load-<date>.md.
#
# Usage: bench/load.sh [connections=50] [duration=60s] [threads=2]
# Bounded: the app must answer /health within 240 s, wrk runs for DURATION, the app is stopped on exit. Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
CONNECTIONS=${1:-50}
DURATION=${2:-60s}
THREADS=${3:-2}
WRITE_SHARE=${WRITE_SHARE:-0.1}
PASSWORD=Demo-PartyMembers-2026
READERS=(bantochuc thuongvu kiemtra dangbo.vanphong chibo.tonghop chibo.tochuc chibo.baochi)
WRITER=chibo.tonghop
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { printf '== %s\n' "$*" >&2; }

# 1. wrk from Debian's packages (as test.sh installs chromium).
if ! command -v wrk >/dev/null 2>&1; then
  say "Installing wrk from Debian's packages"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  fi
  command -v wrk >/dev/null 2>&1 || { echo "load.sh: wrk is missing (install the Debian package 'wrk')" >&2; exit 3; }
fi
command -v sqlite3 >/dev/null 2>&1 || { echo "load.sh: the sqlite3 CLI is missing (Debian package 'sqlite3')" >&2; exit 3; }

# 2. Release build of the web app.
# LOAD_SKIP_BUILD=1 uses the existing Release build (when the machine is too busy to check it again).
if [ "${LOAD_SKIP_BUILD:-0}" != 1 ]; then
  say "Building the web app (Release)"
  dotnet build src/PartyMembers.Web -c Release --nologo -v q >/dev/null
fi
APP_DLL="$ROOT/src/PartyMembers.Web/bin/Release/net10.0/PartyMembers.Web.dll"

# 3. A fresh demo database in a temp folder, the app on a free loopback port, logging at Warning.
WORK=$(mktemp -d /tmp/pm-load.XXXXXX)
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
BASE="http://127.0.0.1:$PORT"
APP_PID=
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

say "Starting the app on $BASE (database in $WORK; seeding the demo organisation)"
(
  cd "$(dirname "$APP_DLL")"
  ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="$BASE" \
  ConnectionStrings__Sqlite="Data Source=$WORK/app.db" Demo__Seed=true Demo__Password="$PASSWORD" \
  Logging__MinimumLevel=Warning Logging__File__Path="$WORK/logs/app-.log" \
  Backups__Folder="$WORK/backups" Files__Root="$WORK/files" \
  exec dotnet "$APP_DLL" >"$WORK/app.out" 2>&1
) &
APP_PID=$!
for _ in $(seq 1 240); do
  if curl -fs -o /dev/null "$BASE/health"; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { echo "load.sh: the app stopped:" >&2; tail -20 "$WORK/app.out" >&2; exit 4; }
  sleep 1
done
curl -fs -o /dev/null "$BASE/health" || { echo "load.sh: the app did not answer /health in 240 s" >&2; exit 4; }

# 4. Sign in: the login page gives the antiforgery cookie and token; the POST gives the auth cookie. Cookies are read
# from Set-Cookie and sent as a Cookie header (a Secure or __Host- cookie would not be replayed by curl over http).
cookies_of() { grep -i '^set-cookie:' "$1" | sed -E 's/^[Ss]et-[Cc]ookie: *([^;]*).*/\1/' | tr -d '\r'; }
token_of() { grep -o '<input[^>]*__RequestVerificationToken[^>]*>' "$1" | head -n 1 | sed -E 's/.*value="([^"]*)".*/\1/'; }
join_cookies() { paste -sd ';' - | sed 's/;/; /g'; }

sign_in() {
  local user=$1 h="$WORK/h.txt" b="$WORK/b.html" jar token status
  curl -fs -D "$h" -o "$b" "$BASE/Account/Login"
  jar=$(cookies_of "$h" | join_cookies)
  token=$(token_of "$b")
  status=$(curl -s -D "$h" -o /dev/null -w '%{http_code}' -H "Cookie: $jar" \
    --data-urlencode "Input.UserName=$user" --data-urlencode "Input.Password=$PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/Account/Login")
  [ "$status" = 302 ] || { echo "load.sh: sign-in of $user answered $status" >&2; exit 5; }
  # The antiforgery cookie from the login page plus whatever the sign-in set (the auth cookie), latest value wins.
  { printf '%s\n' "$jar" | tr ';' '\n' | sed 's/^ //'; cookies_of "$h"; } | awk -F= '{v[$1]=$0} END {for (k in v) print v[k]}' | join_cookies
}

say "Signing in ${#READERS[@]} demo users"
DATA="$WORK/data.lua"
RESULTS="$WORK/results.txt"
{
  echo "readers = {"
  for user in "${READERS[@]}"; do
    cookie=$(sign_in "$user")
    echo "  { user = \"$user\", cookie = \"$cookie\" },"
    [ "$user" = "$WRITER" ] && echo "$cookie" >"$WORK/writer.cookie"
  done
  echo "}"
} >"$DATA"

WRITER_COOKIE=$(cat "$WORK/writer.cookie")
curl -fs -H "Cookie: $WRITER_COOKIE" -o "$WORK/create.html" "$BASE/Meetings/Create"
WRITER_TOKEN=$(token_of "$WORK/create.html")
# The secretary's cell: the selected (or only) option of the UnitId list.
WRITER_UNIT=$(tr '\n' ' ' <"$WORK/create.html" | grep -o 'name="UnitId"[^>]*>.*' | sed 's#</select>.*##' \
  | grep -o '<option[^>]*>' | { grep selected || true; } | head -n 1 | sed -E 's/.*value="([^"]*)".*/\1/')
[ -n "$WRITER_UNIT" ] || WRITER_UNIT=$(tr '\n' ' ' <"$WORK/create.html" | grep -o 'name="UnitId"[^>]*>.*' \
  | grep -o '<option[^>]*value="[^"]*"' | head -n 1 | sed -E 's/.*value="([^"]*)".*/\1/')
[ -n "$WRITER_TOKEN" ] && [ -n "$WRITER_UNIT" ] || { echo "load.sh: no form on /Meetings/Create for $WRITER" >&2; exit 5; }
MEETING_DATE=$(TZ=Asia/Ho_Chi_Minh date -d yesterday +%d/%m/%Y)
MEMBERS=$(sqlite3 "$WORK/app.db" "SELECT '\"' || Id || '\",' FROM Members ORDER BY Id LIMIT 200;" | tr -d '\n')
{
  echo "writer = { cookie = \"$WRITER_COOKIE\", token = \"$WRITER_TOKEN\", unit = \"$WRITER_UNIT\", date = \"$MEETING_DATE\" }"
  echo "members = { $MEMBERS }"
  echo "wide_readers = 3"
  echo "write_share = $WRITE_SHARE"
  echo "results = \"$RESULTS\""
} >>"$DATA"

# A probe write, so a broken form shows before the run rather than as 0 writes after it.
probe=$(curl -s -o "$WORK/probe.html" -w '%{http_code} %{redirect_url}' -H "Cookie: $WRITER_COOKIE" \
  --data-urlencode "UnitId=$WRITER_UNIT" --data-urlencode "Input.Kind=Regular" --data-urlencode "Input.Date=$MEETING_DATE" \
  --data-urlencode "Input.DurationMinutes=90" --data-urlencode "Input.Chair=Probe" --data-urlencode "Input.MinuteTaker=Probe" \
  --data-urlencode "__RequestVerificationToken=$WRITER_TOKEN" "$BASE/Meetings/Create")
case "$probe" in 302*Meetings/Attendance/*) ;; *) echo "load.sh: the probe write answered '$probe' (unit $WRITER_UNIT, date $MEETING_DATE)" >&2
   grep -o 'field-validation-error[^<]*<[^<]*\|validation-summary[^<]*<ul><li>[^<]*' "$WORK/probe.html" | head -5 >&2; exit 5;; esac

BEFORE=$(sqlite3 "$WORK/app.db" "SELECT COUNT(*) FROM Meetings;")
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# 5. The run.
say "wrk: $CONNECTIONS connections, $THREADS threads, $DURATION, ${WRITE_SHARE} of requests are writes"
LOAD_DATA="$DATA" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 10s --latency -s bench/load.lua "$BASE" | tee "$WORK/wrk.txt" >&2

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=
AFTER=$(sqlite3 "$WORK/app.db" "SELECT COUNT(*) FROM Meetings;")
INTEGRITY=$(sqlite3 "$WORK/app.db" "PRAGMA integrity_check;" | paste -sd ' ' -)
APP_ERRORS=$(grep -c '\[ERR\]\|\[FTL\]' "$WORK"/logs/*.log 2>/dev/null || true)

# 6. Figures.
val() { grep "^$1=" "$RESULTS" | cut -d= -f2-; }
requests=$(val requests); duration_us=$(val duration_us)
socket=$(( $(val socket_connect) + $(val socket_read) + $(val socket_write) + $(val socket_timeout) ))
status_errors=$(val non_2xx_3xx)
login_redirects=$(val login_redirects)
writes_sent=$(val writes_sent); writes_ok=$(val writes_ok)
rows=$((AFTER - BEFORE))
# A write still in flight when wrk stops may commit without its answer being counted: rows may exceed the saved
# answers by at most the connections; fewer rows than saved answers is a lost write.
lost=$(( writes_ok > rows ? writes_ok - rows : 0 ))
unanswered=$(( rows > writes_ok ? rows - writes_ok : 0 ))
errors=$((socket + status_errors + login_redirects))
ms() { awk -v us="$1" 'BEGIN { printf "%.1f", us / 1000 }'; }
rps=$(awk -v r="$requests" -v d="$duration_us" 'BEGIN { printf "%.1f", r / (d / 1000000) }')
stamp=$(date -u +%Y%m%d-%H%M%S)
mkdir -p bench/results
REPORT="bench/results/load-$stamp.md"
cat >"$REPORT" <<MD
# Load run $(date -u '+%d/%m/%Y %H:%M') UTC

\`bench/load.sh $CONNECTIONS $DURATION $THREADS\` (write share $WRITE_SHARE), app in Development on a fresh demo database,
loopback, logging at Warning. Machine: $(nproc) cores, load average $LOAD_BEFORE before, $LOAD_AFTER after.

| Figure | Value | Goal |
|---|---|---|
| Requests | $requests in $(awk -v d="$duration_us" 'BEGIN { printf "%.1f", d / 1000000 }') s ($rps/s) | |
| Errors (non-2xx/3xx + socket + lost sessions) | $errors ($status_errors status, $socket socket, $login_redirects sign-in redirects) | 0 |
| Writes sent / saved (302) / rows added | $writes_sent / $writes_ok / $rows | |
| Lost writes (saved answers without a row) | $lost | 0 |
| Rows committed whose answer came after wrk stopped | $unanswered | ≤ connections |
| Latency p50 / p95 / p99 / max | $(ms "$(val p50_us)") / $(ms "$(val p95_us)") / $(ms "$(val p99_us)") / $(ms "$(val max_us)") ms | |
| Status codes | $(val statuses) | |
| Integrity check after the run | $INTEGRITY | ok |
| Error lines in the app log | $APP_ERRORS | 0 |

wrk's own report:

\`\`\`
$(cat "$WORK/wrk.txt")
\`\`\`
MD
cat "$REPORT"
[ "$errors" -eq 0 ] && [ "$lost" -eq 0 ] && [ "$INTEGRITY" = ok ]
