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

say "Build (and type-check) the dashboard, build the CLI"
# First and alone, so the end-to-end tests (the longest task) can start as soon as the main run
# begins; the build is turbo's, so the run below finds it done (cached) instead of building again.
pnpm turbo run build --filter=@tidemark/web --filter=@tidemark/cli --output-logs=errors-only

say "Typecheck, tests and end-to-end tests"
# The end-to-end tests (the built dashboard + a real worker, in Debian's Chromium: the web app's
# `test:e2e:only`) are the longest task and mostly wait on the browser, so they start first, on
# their own, and run beside everything else; turbo would otherwise start them only when a slot
# came free late in the run. Each package (and the e2e run) has its own database and key prefix.
pnpm turbo run test:e2e:only --filter=@tidemark/web --output-logs=new-only &
e2e=$!
trap 'kill "$e2e" 2>/dev/null || true' INT TERM
# Everything else runs beside it at a lower CPU priority (nice 5; not more: a starved worker
# process misses its job-lock renewals): the e2e run is the critical path and the rest finishes
# minutes earlier, so the two cores go to the browser first.
status=0
# Every package but the dashboard in one TypeScript program (tsconfig.check.json): each package's
# own `tsc` re-checked the sources of everything it imports (the Prisma client most of all), which
# made 22 typechecks cost 30 times the one. The dashboard (Next.js settings, its tests and e2e
# specs included) was type-checked by `next build` above, which fails on any type error.
nice -n 5 pnpm -s typecheck:packages || status=$?
# Two at a time: most test time is spent waiting on Postgres, Redis and worker processes. The
# worker's heaviest files are their own task (`test:heavy`) so they run in parallel too.
nice -n 5 pnpm turbo run test test:heavy --concurrency=2 --output-logs=new-only || status=$?
wait "$e2e" || status=$?
exit "$status"
