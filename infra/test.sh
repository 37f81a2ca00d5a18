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

say "Typecheck and tests"
# Three at a time on two cores: most test time is spent waiting on Postgres and Redis, and each
# package has its own database and key prefix. The web app's production build is part of this
# run (the CLI's remote-mode tests start it).
pnpm turbo run typecheck test --concurrency=3 --output-logs=new-only

say "End-to-end tests (built dashboard + real worker, in Debian's Chromium)"
# The dashboard was just built above (turbo's @tidemark/web#build); build it only if it is not.
[ -f apps/web/.next/BUILD_ID ] || pnpm --filter @tidemark/web run build
pnpm --filter @tidemark/web run test:e2e:only
