#!/usr/bin/env bash
# `npm start`: install, ensure services, build, migrate, load sample data, run worker + dashboard.
# Safe to run again: nothing is duplicated, data is kept.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$TIDEMARK_ROOT"

prepare

say "Building"
pnpm turbo run build --output-logs=errors-only || die "The build failed (see above)."

say "Migrating the database"
pnpm db:migrate || die "Migrations failed (see above)."

say "Loading the default themes and the sample articles"
pnpm -s tidemark themes load-defaults || die "Loading the default themes failed (see above)."
pnpm -s tidemark seed || die "Loading the seed articles failed (see above)."

# The first admin's password: from the environment, else a random one kept in .tidemark/ so every
# start prints the same one.
export TIDEMARK_ADMIN_USERNAME="${TIDEMARK_ADMIN_USERNAME:-admin}"
if [ -z "${TIDEMARK_ADMIN_PASSWORD:-}" ]; then
  mkdir -p .tidemark
  if [ ! -s .tidemark/admin-password ]; then
    node -e 'process.stdout.write(require("node:crypto").randomBytes(12).toString("base64url"))' > .tidemark/admin-password
    chmod 600 .tidemark/admin-password
  fi
  TIDEMARK_ADMIN_PASSWORD="$(cat .tidemark/admin-password)"
  export TIDEMARK_ADMIN_PASSWORD
fi

say "Starting"
printf 'Log in at http://localhost:%s as %s / %s (set on first start; change it in Settings).\n' \
  "${PORT:-3000}" "$TIDEMARK_ADMIN_USERNAME" "$TIDEMARK_ADMIN_PASSWORD"
exec node infra/supervise.mjs
