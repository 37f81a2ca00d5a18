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

say "Build the dashboard and the CLI"
# First and alone, so the end-to-end tests (the longest task) can start as soon as the main run
# begins; the build is turbo's, so the run below finds it done (cached) instead of building again.
pnpm turbo run build --filter=@tidemark/web --filter=@tidemark/cli --output-logs=errors-only

say "Typecheck, tests and end-to-end tests"
# Three at a time on two cores: most test time is spent waiting on Postgres and Redis, and each
# package (and the e2e run) has its own database and key prefix. The end-to-end tests (the built
# dashboard + a real worker, in Debian's Chromium) are the web app's `test:e2e:only` task: they
# run beside the other packages' tests, instead of after all of them. The worker's heaviest files are their own task
# (`test:heavy`) for the same reason.
pnpm turbo run typecheck test test:heavy test:e2e:only --concurrency=3 --output-logs=new-only
