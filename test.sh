#!/usr/bin/env bash
# Installs what the tests need, builds with warnings as errors, runs every test project and ends with
# "N passed, N failed". Usage: ./test.sh [extra dotnet test arguments, e.g. --filter Category!=E2E]
set -uo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

say() { printf '\n== %s\n' "$*"; }

# 1. Chromium from Debian for the end-to-end tests (Playwright drives /usr/bin/chromium; it never downloads a browser).
if [ ! -x /usr/bin/chromium ]; then
  say "Installing Chromium from Debian's packages"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  if [ ! -x /usr/bin/chromium ]; then
    echo "test.sh: /usr/bin/chromium is missing and could not be installed (run as root or install the Debian package 'chromium')." >&2
    echo "0 passed, 1 failed"
    exit 3
  fi
fi

# 2. Local tools (dotnet-ef) and packages.
say "Restoring tools and packages"
dotnet tool restore >/dev/null || { echo "test.sh: dotnet tool restore failed" >&2; echo "0 passed, 1 failed"; exit 4; }
dotnet restore PartyMembers.sln --nologo -v q || { echo "test.sh: restore failed" >&2; echo "0 passed, 1 failed"; exit 4; }

# 3. Build everything; warnings are errors (Directory.Build.props).
say "Building"
if ! dotnet build PartyMembers.sln -c Release --no-restore --nologo -v q -warnaserror; then
  echo "test.sh: the build failed" >&2
  echo "0 passed, 1 failed"
  exit 5
fi

# 4. Every test project, one after the other (the machine has 2 cores; each project parallelises inside).
results=TestResults
rm -rf "$results"
mkdir -p "$results"
status=0
for project in tests/PartyMembers.Domain.Tests tests/PartyMembers.Infrastructure.Tests tests/PartyMembers.Web.Tests tests/PartyMembers.E2E; do
  name=$(basename "$project")
  say "Testing $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" "$@" || status=1
  if [ ! -f "$results/$name.trx" ]; then
    echo "test.sh: $name produced no results (it crashed or did not start)" >&2
    touch "$results/$name.missing"
  fi
done

# 5. One summary line from the result files; a project without results counts as one failure, a skipped test as a failure.
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  if [ -z "$counters" ]; then failed=$((failed + 1)); continue; fi
  count() { printf '%s' "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(count passed)))
  failed=$((failed + $(count failed) + $(count error) + $(count timeout) + $(count aborted)))
  skipped=$((skipped + $(count notExecuted)))
done
failed=$((failed + $(find "$results" -name '*.missing' | wc -l)))
if [ "$skipped" -gt 0 ]; then
  echo "test.sh: $skipped test(s) were skipped; skipped tests count as failures" >&2
  failed=$((failed + skipped))
fi
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
summary=$?
[ "$summary" -ne 0 ] && status=1
exit $status
