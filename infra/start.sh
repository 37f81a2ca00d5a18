#!/usr/bin/env bash
# `npm start`: install, ensure services, build, migrate, load sample data, run worker + dashboard.
# Safe to run again: nothing is duplicated, data is kept.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$TIDEMARK_ROOT"

require_node
ensure_pnpm
install_dependencies
ensure_services

say "Building"
pnpm turbo run build --output-logs=errors-only || die "The build failed (see above)."

say "Migrating the database"
pnpm db:migrate || die "Migrations failed (see above)."

say "Loading the sample articles"
pnpm -s tidemark seed || die "Loading the seed articles failed (see above)."

say "Starting"
exec node infra/supervise.mjs
