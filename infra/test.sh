#!/usr/bin/env bash
# `npm test`: every check there is — lint, typecheck, unit and integration tests against the real
# Postgres and Redis (each package uses its own throwaway database and Redis key prefix), and the
# browser tests in Debian's Chromium.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$TIDEMARK_ROOT"

prepare
ensure_chromium
# Tests create their own databases (tidemark_test_<package>) on the server DATABASE_URL points at,
# the one prepare just checked, and never touch the database it names.
export TEST_DATABASE_URL="${TEST_DATABASE_URL:-$DATABASE_URL}"

say "Lint and format (Biome)"
pnpm -s lint

say "Build, typecheck, tests and end-to-end tests"
# The Prisma client first: every package's tests import it.
pnpm turbo run build --filter=@tidemark/db --output-logs=errors-only
# The end-to-end tests (the built dashboard + a real worker, in Debian's Chromium: the web app's
# `test:e2e:only`) are the longest task, so their chain starts first and runs beside everything
# else: the dashboard build (`next build` also type-checks the dashboard, its tests and e2e specs,
# and fails on any type error), the CLI build, then the e2e run. Each package (and the e2e run) has
# its own database and key prefix.
built="$(mktemp -u)"
(
  pnpm turbo run build --filter=@tidemark/web --filter=@tidemark/cli --output-logs=errors-only
  touch "$built"
  exec pnpm turbo run test:e2e:only --filter=@tidemark/web --output-logs=new-only
) &
e2e=$!
trap 'kill "$e2e" 2>/dev/null || true; rm -f "$built"' INT TERM
trap 'rm -f "$built"' EXIT
# Everything else runs beside it at a lower CPU priority (nice 5; not more: a starved worker
# process misses its job-lock renewals): the e2e chain is the critical path.
status=0
# Every package but the dashboard in one TypeScript program (tsconfig.check.json): each package's
# own `tsc` re-checked the sources of everything it imports (the Prisma client most of all), which
# made 22 typechecks cost 30 times the one.
nice -n 5 pnpm -s typecheck:packages || status=$?
# Two at a time: most test time is spent waiting on Postgres, Redis and worker processes. The
# worker's heaviest files are their own task (`test:heavy`) so they run in parallel too. The CLI's
# tests need the dashboard and CLI builds: they run once the e2e chain has made them.
nice -n 5 pnpm turbo run test test:heavy --filter='!@tidemark/cli' --concurrency=2 --output-logs=new-only ||
  status=$?
while [ ! -e "$built" ] && kill -0 "$e2e" 2>/dev/null; do sleep 1; done
if [ -e "$built" ]; then
  nice -n 5 pnpm turbo run test --filter=@tidemark/cli --output-logs=new-only || status=$?
else
  status=1
fi
wait "$e2e" || status=$?
exit "$status"
