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
# Two at a time: the machine this must pass on has two cores.
pnpm turbo run typecheck test --concurrency=2 --output-logs=new-only

say "End-to-end tests (built dashboard + real worker, in Debian's Chromium)"
pnpm --filter @tidemark/web run test:e2e
