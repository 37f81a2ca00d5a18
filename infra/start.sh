#!/usr/bin/env bash
# `npm start`: install, ensure services, build, migrate, load sample data, run worker + dashboard.
# Safe to run again: nothing is duplicated, data is kept. One line per step; a failing step shows
# its output. The address and the login come last, in a box, once the dashboard answers.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$TIDEMARK_ROOT"

export TIDEMARK_RUN_DIR="${TIDEMARK_RUN_DIR:-.tidemark}"
mkdir -p "$TIDEMARK_RUN_DIR"
STEP_LOG="$TIDEMARK_RUN_DIR/start.log"
: > "$STEP_LOG"

# An old instance or another program on the port: say so now, not after a minute of building.
command -v node >/dev/null 2>&1 && node infra/supervise.mjs --check

prepare

step "Building" pnpm turbo run build --output-logs=errors-only
step "Migrating the database" pnpm db:migrate
step "Loading the default themes" pnpm -s tidemark themes load-defaults
step "Loading the sample articles" pnpm -s tidemark seed
step "Queuing the demo corpus (it loads in the background)" pnpm -s tidemark demo load --if-new

# The first admin's password: from the environment, else a random one kept in .tidemark/ so every
# start shows the same one.
export TIDEMARK_ADMIN_USERNAME="${TIDEMARK_ADMIN_USERNAME:-admin}"
if [ -z "${TIDEMARK_ADMIN_PASSWORD:-}" ]; then
  if [ ! -s "$TIDEMARK_RUN_DIR/admin-password" ]; then
    node -e 'process.stdout.write(require("node:crypto").randomBytes(12).toString("base64url"))' > "$TIDEMARK_RUN_DIR/admin-password"
    chmod 600 "$TIDEMARK_RUN_DIR/admin-password"
  fi
  TIDEMARK_ADMIN_PASSWORD="$(cat "$TIDEMARK_RUN_DIR/admin-password")"
  export TIDEMARK_ADMIN_PASSWORD
fi

# Only a password that really is the admin's is ever shown.
printf '\033[1m==> %s\033[0m\n' "Checking the admin account"
admin="$(pnpm -s tidemark users first-admin --json 2>>"$STEP_LOG")" \
  || { tail -n 20 "$STEP_LOG" >&2; die "Checking the admin account failed (see above)."; }
field() { node -e 'const a = JSON.parse(process.argv[1]); const v = a[process.argv[2]]; process.stdout.write(Array.isArray(v) ? v.join(", ") : String(v))' "$admin" "$1"; }
if [ "$(field outcome)" = "created" ] || [ "$(field passwordWorks)" = "true" ]; then
  TIDEMARK_START_LOGIN="Log in as ${TIDEMARK_ADMIN_USERNAME} / ${TIDEMARK_ADMIN_PASSWORD} (change it in Settings)."
else
  TIDEMARK_START_LOGIN="$(printf '%s\n%s' \
    "This database already has an admin ($(field admins)): log in with that password." \
    "Forgotten? pnpm -s tidemark users reset-password <name> prints a new one.")"
fi
export TIDEMARK_START_LOGIN

say "Starting the worker and the dashboard"
exec node infra/supervise.mjs
