# Shared steps for infra/start.sh and infra/test.sh. Sourced, not run.
# Each step says what it does; each failure says, in one line, what to do about it.

TIDEMARK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/tidemark}"
export REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}"
export NEXT_TELEMETRY_DISABLED=1
export TURBO_TELEMETRY_DISABLED=1
export DO_NOT_TRACK=1
PNPM_VERSION="10.34.9"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# step "Label" command…: one line for the step; its output goes to $STEP_LOG and is shown only if
# the step fails.
step() {
  local label="$1" started=$SECONDS
  shift
  printf '\033[1m==> %s\033[0m' "$label"
  if "$@" >> "${STEP_LOG:-/dev/null}" 2>&1; then
    printf ' (%ss)\n' "$((SECONDS - started))"
  else
    printf '\n'
    tail -n 40 "${STEP_LOG:-/dev/null}" >&2
    die "${label} failed (full output above and in ${STEP_LOG:-the log})."
  fi
}

require_node() {
  command -v node >/dev/null 2>&1 || die "Node.js is not installed: install Node.js 20.19 or newer (https://nodejs.org)."
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
    || die "Node.js $(node -v) is too old: install Node.js 20.19 or newer."
}

ensure_pnpm() {
  if command -v pnpm >/dev/null 2>&1 && pnpm --version 2>/dev/null | grep -q '^10\.'; then return; fi
  say "Installing pnpm ${PNPM_VERSION}"
  if npm install -g "pnpm@${PNPM_VERSION}" >/dev/null 2>&1; then return; fi
  # No permission for a global install: use corepack, or a user-local prefix.
  if command -v corepack >/dev/null 2>&1 && COREPACK_INTEGRITY_KEYS=0 corepack enable pnpm >/dev/null 2>&1 \
    && pnpm --version >/dev/null 2>&1; then return; fi
  npm install --prefix "$HOME/.local" -g "pnpm@${PNPM_VERSION}" >/dev/null 2>&1 \
    || die "Could not install pnpm: run 'npm install -g pnpm@10' (or 'corepack enable pnpm') and retry."
  export PATH="$HOME/.local/bin:$PATH"
}

install_dependencies() {
  say "Installing dependencies"
  (cd "$TIDEMARK_ROOT" && pnpm install --frozen-lockfile --reporter=silent) \
    || die "pnpm install failed (see above); check that the npm registry is reachable."
}

is_local_url() {
  case "$(node -e 'console.log(new URL(process.argv[1]).hostname)' "$1")" in
    127.0.0.1 | localhost | ::1 | "[::1]") return 0 ;;
    *) return 1 ;;
  esac
}

docker_usable() { command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1; }

probe() { node "$TIDEMARK_ROOT/infra/probe.mjs" "$1" "$2" 2>/dev/null; }

wait_for() { # kind url seconds
  local i
  for ((i = 0; i < $3; i++)); do probe "$1" "$2" && return 0; sleep 1; done
  return 1
}

start_local_postgres() {
  command -v pg_ctlcluster >/dev/null 2>&1 || return 1
  local version
  version="$(ls /etc/postgresql 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$version" ] || return 1
  say "Starting the local PostgreSQL ${version} cluster"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1 \
    || sudo -n pg_ctlcluster --skip-systemctl-redirect "$version" main start >/dev/null 2>&1
}

start_local_redis() {
  command -v redis-server >/dev/null 2>&1 || return 1
  local port
  port="$(node -e 'console.log(new URL(process.argv[1]).port || 6379)' "$REDIS_URL")"
  say "Starting a local Redis on port ${port} (no persistence: Redis only carries work)"
  redis-server --daemonize yes --bind 127.0.0.1 --port "$port" --save "" --appendonly no >/dev/null 2>&1
}

ensure_service() { # kind url local-starter compose-service how-to-install
  local kind="$1" url="$2" starter="$3" service="$4" install="$5"
  probe "$kind" "$url" && return 0
  if is_local_url "$url" && "$starter" && wait_for "$kind" "$url" 30; then return 0; fi
  if is_local_url "$url" && docker_usable; then
    say "Starting ${service} with docker compose"
    docker compose -f "$TIDEMARK_ROOT/infra/docker-compose.yml" up -d "$service" >/dev/null \
      && wait_for "$kind" "$url" 60 && return 0
  fi
  local label="Redis"
  [ "$kind" = "postgres" ] && label="PostgreSQL"
  die "${label} is not reachable at ${url} and could not be started: ${install}"
}

ensure_services() {
  say "Checking PostgreSQL and Redis"
  ensure_service postgres "$DATABASE_URL" start_local_postgres postgres \
    "install PostgreSQL 15+ (apt-get install postgresql) or Docker, or set DATABASE_URL to a running server."
  ensure_service redis "$REDIS_URL" start_local_redis redis \
    "install Redis 7 (apt-get install redis-server) or Docker, or set REDIS_URL to a running server."
}

# Everything both commands need before they do their own work.
prepare() {
  require_node
  ensure_pnpm
  install_dependencies
  ensure_services
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] && return 0
  say "Installing Chromium from Debian (for the browser tests)"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo -n"
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium; } >/dev/null 2>&1 \
    || die "Chromium is missing and could not be installed: run 'sudo apt-get install -y chromium'."
}
